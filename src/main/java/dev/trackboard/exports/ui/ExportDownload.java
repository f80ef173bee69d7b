package dev.trackboard.exports.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.api.exports.ExportFile;
import dev.trackboard.base.ui.ApiProblemText;
import dev.trackboard.exports.ExportService;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * One job's file, relayed to the browser by Vaadin (which runs this without the session lock, on the
 * download's own request): the API is asked at this moment with the signed-in user's session, so a
 * user who lost the guild gets nothing but a note on the screen; the browser only ever sees
 * Vaadin's resource URL, never the API's or a token. The name is the API's, stripped of anything a
 * file name must not hold; Vaadin writes the Content-Disposition (with {@code filename*} for
 * non-ASCII).
 */
final class ExportDownload implements DownloadHandler {

    private final ExportService exports;
    private final GuildId guildId;
    private final long jobId;
    private final String fileName;
    private final Runnable afterwards;

    /** @param afterwards run in the UI after every attempt (the screen reads its jobs again) */
    ExportDownload(ExportService exports, GuildId guildId, long jobId, String fileName, Runnable afterwards) {
        this.exports = exports;
        this.guildId = guildId;
        this.jobId = jobId;
        this.fileName = safe(fileName, jobId);
        this.afterwards = afterwards;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        UI ui = event.getUI();
        ExportFile file;
        try {
            file = exports.download(guildId, jobId);
        } catch (TrackingApiException refused) {
            event.getResponse().setStatus(switch (refused) {
                case TrackingApiException.NotFound gone -> HttpStatusCode.NOT_FOUND.getCode();
                case TrackingApiException.Conflict notReady -> HttpStatusCode.CONFLICT.getCode();
                default -> HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
            });
            tell(ui, refused);
            return;
        }
        try (file; InputStream in = file.content()) {
            event.setFileName(fileName);
            event.setContentType(file.contentType() == null ? "application/octet-stream" : file.contentType());
            if (file.length() >= 0) {
                event.setContentLength(file.length());
            }
            OutputStream out = event.getOutputStream();
            in.transferTo(out);
            out.flush();
        }
        inUi(ui, afterwards);
    }

    private void tell(UI ui, TrackingApiException refused) {
        inUi(ui, () -> {
            String key = refused instanceof TrackingApiException.NotFound ? "exports.download.gone"
                    : refused instanceof TrackingApiException.Conflict ? "exports.download.notReady"
                    : ApiProblemText.key(refused);
            Notification.show(ui.getTranslation(key), 8000, Notification.Position.BOTTOM_END)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            afterwards.run();
        });
    }

    private static void inUi(UI ui, Runnable command) {
        if (ui == null) {
            return;
        }
        try {
            ui.access(command::run);
        } catch (UIDetachedException tabClosed) {
            // nobody is looking any more
        }
    }

    /** The API's name without path separators, control or quote characters; never empty. */
    static String safe(String name, long jobId) {
        String cleaned = name == null ? "" : name.codePoints()
                .filter(c -> c >= 0x20 && c != 0x7f && "/\\\"<>:|?*".indexOf(c) < 0 && !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1);
        }
        return cleaned.isEmpty() ? "export-" + jobId : cleaned;
    }
}
