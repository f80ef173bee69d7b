package dev.trackboard.exports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.trackboard.api.exports.ExportJob;
import dev.trackboard.api.exports.ExportStatus;
import dev.trackboard.base.ui.AppIcon;
import dev.trackboard.base.ui.UserTime;
import java.time.Instant;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One export job: what and in which format, its status, the filters it was asked with, who asked
 * and when (the user's zone), rows, size and expiry; a progress bar with rows done of the total
 * and, once there is one, the time left while it runs; Cancel while it is queued or running, Download once it succeeded. Every value is
 * set as text (names and filter values are user data).
 */
final class ExportJobCard extends Div {

    private final ExportJob job;

    /** @param now when the list was read, for the estimate of time left */
    ExportJobCard(ExportJob job, Instant now, ExportWords words, BrandNames brands, UserTime time,
                  BiConsumer<ExportJob, Button> cancel, Function<ExportJob, DownloadHandler> download) {
        this.job = job;
        setId("export-job-" + job.id());
        addClassName("tb-export-job");
        Span title = new Span(words.type(job.type()) + " · " + words.format(job.format()));
        title.addClassName("tb-export-title");
        Span status = new Span(words.status(job.status()));
        status.addClassNames("tb-pill", "tb-export-status", "tb-export-" + job.status().name().toLowerCase(Locale.ROOT));
        Div head = new Div(title, status);
        head.addClassName("tb-export-head");
        Div filters = new Div(words.filters(job.filters(), brands));
        filters.addClassNames("tb-muted", "tb-export-filters");
        Div main = new Div(head, filters);
        main.addClassName("tb-export-main");
        add(main);
        if (job.status().unfinished()) {
            main.add(progress(words, now));
        }
        if (job.status() == ExportStatus.FAILED) {
            Div failed = new Div(getTranslation("exports.failedNote"));
            failed.addClassName("tb-export-failed");
            main.add(failed);
        }
        Div facts = new Div(
                fact("exports.requestedBy", job.requestedBy() == null ? "" : job.requestedBy().name()),
                fact("exports.requestedAt", time.dateTime(job.createdAt())));
        // rows and size of a file there is or was: while it runs the progress says the rows (and "0 B"
        // would be the writer's buffer); a cancelled or failed job's partial file is deleted
        if (job.status() == ExportStatus.SUCCEEDED || job.status() == ExportStatus.EXPIRED) {
            facts.add(fact("exports.rowsLabel", words.count(job.rowsDone())));
            facts.add(fact("exports.size", words.size(job.bytes())));
        } else if (job.status().unfinished() && job.bytes() > 0) {
            facts.add(fact("exports.size", words.size(job.bytes())));
        }
        if (job.expiresAt() != null) {
            facts.add(fact(job.status() == ExportStatus.EXPIRED ? "exports.expired" : "exports.expires",
                    time.dateTime(job.expiresAt())));
        }
        facts.addClassName("tb-export-facts");
        main.add(facts);
        Div actions = new Div();
        actions.addClassName("tb-export-actions");
        if (job.downloadable()) {
            Anchor link = new Anchor(download.apply(job), AttachmentType.DOWNLOAD, "");
            link.setId("export-download-" + job.id());
            link.addClassName("tb-export-download");
            link.add(AppIcon.DOWNLOAD.create(), new Span(getTranslation("exports.download")));
            actions.add(link);
        }
        if (job.status().unfinished()) {
            Button stop = new Button(getTranslation("exports.cancel"));
            stop.setId("export-cancel-" + job.id());
            stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            stop.addClickListener(e -> cancel.accept(job, stop));
            actions.add(stop);
        }
        if (actions.getComponentCount() > 0) {
            add(actions);
        }
    }

    ExportJob job() {
        return job;
    }

    private Component progress(ExportWords words, Instant now) {
        ProgressBar bar = new ProgressBar();
        bar.addClassName("tb-export-bar");
        job.progress().ifPresentOrElse(bar::setValue, () -> bar.setIndeterminate(true));
        Span text = new Span(job.status() == ExportStatus.QUEUED && job.rowsTotal() == null
                ? getTranslation("exports.waiting") : words.progress(job, now));
        text.addClassNames("tb-muted", "tb-export-progress-text");
        bar.getElement().setAttribute("aria-label", text.getText());
        Div progress = new Div(bar, text);
        progress.addClassName("tb-export-progress");
        return progress;
    }

    private Span fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("tb-muted");
        Span shown = new Span(value);
        shown.addClassName("tb-export-fact-value");
        Span fact = new Span(label, shown);
        fact.addClassName("tb-export-fact");
        return fact;
    }
}
