package dev.trackboard.exports;

import dev.trackboard.api.GuildId;
import dev.trackboard.api.exports.ExportClient;
import dev.trackboard.api.exports.ExportFile;
import dev.trackboard.api.exports.ExportJob;
import dev.trackboard.api.exports.ExportRequest;
import dev.trackboard.api.tracking.TrackedBrand;
import dev.trackboard.api.tracking.TrackingClient;
import dev.trackboard.security.CurrentUser;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * Exports for the screens, always for the guild in the URL and with the signed-in user's own API
 * session. A screen takes one {@link #newRequestKey} when the user opens a request and sends every
 * attempt of that request with it, so a double click or a retry after a lost answer is one job.
 */
@Service
public class ExportService {

    private final ExportClient api;
    private final TrackingClient tracking;
    private final CurrentUser currentUser;
    private final ExportProgress progress;

    ExportService(ExportClient api, TrackingClient tracking, CurrentUser currentUser, ExportProgress progress) {
        this.api = api;
        this.tracking = tracking;
        this.currentUser = currentUser;
        this.progress = progress;
    }

    public String newRequestKey() {
        return UUID.randomUUID().toString();
    }

    public ExportJob request(GuildId guildId, ExportRequest request, String requestKey) {
        return api.request(currentUser.apiSession(), guildId, request, requestKey);
    }

    public List<ExportJob> jobs(GuildId guildId) {
        return api.jobs(currentUser.apiSession(), guildId);
    }

    public ExportJob job(GuildId guildId, long jobId) {
        return api.job(currentUser.apiSession(), guildId, jobId);
    }

    public ExportJob cancel(GuildId guildId, long jobId) {
        return api.cancel(currentUser.apiSession(), guildId, jobId);
    }

    /**
     * The guild's brands, to name the brand of a job's filters. Asked here, not through the tracking
     * service: the tracking screens open exports, so exports must not depend on tracking (no cycles).
     */
    public List<TrackedBrand> brands(GuildId guildId) {
        return tracking.brands(currentUser.apiSession(), guildId);
    }

    /** Checked by the API at this moment: a user who lost access gets NotFound, not the file. */
    public ExportFile download(GuildId guildId, long jobId) {
        return api.download(currentUser.apiSession(), guildId, jobId);
    }

    /**
     * The guild's job list each time the node reads it while a job runs ({@link ExportProgress}), for
     * a screen the user has just been allowed to open. Call from the UI thread (it reads the signed-in
     * user); the consumer is called on other threads.
     */
    public ExportProgress.Subscription watch(GuildId guildId, Consumer<List<ExportJob>> jobs) {
        return progress.watch(guildId, currentUser.apiSession(), jobs);
    }

    /** The screen saw a queued or running job, or started one: its progress is read until it ends. */
    public void expectProgress(GuildId guildId) {
        progress.expect(guildId);
    }
}
