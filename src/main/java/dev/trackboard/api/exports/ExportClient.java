package dev.trackboard.api.exports;

import dev.trackboard.api.ApiCalls;
import dev.trackboard.api.ApiSession;
import dev.trackboard.api.GuildId;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A guild's export jobs. {@link #request} sends an {@code Idempotency-Key}: sending the same
 * request with the same key again (after an OutcomeUnknown, a double click) answers the same job,
 * never a second one; the same key with another request is InvalidRequest (422). More than the
 * guild's running limit is RateLimited; cancelling a finished job or downloading an unfinished one
 * is Conflict; an expired file NotFound (410); another guild's job NotFound.
 */
@Component
public class ExportClient {

    private final ApiCalls calls;

    public ExportClient(ApiCalls calls) {
        this.calls = calls;
    }

    public ExportJob request(ApiSession session, GuildId guildId, ExportRequest request, String idempotencyKey) {
        return calls.send(session, "POST", path(guildId), request, Map.of("Idempotency-Key", idempotencyKey),
                ExportJob.class);
    }

    /** The guild's newest jobs (at most 100), newest first. */
    public List<ExportJob> jobs(ApiSession session, GuildId guildId) {
        return calls.items(session, path(guildId), Map.of(), ExportJob.class);
    }

    public ExportJob job(ApiSession session, GuildId guildId, long jobId) {
        return calls.get(session, path(guildId) + "/" + jobId, Map.of(), ExportJob.class);
    }

    /** Stops a queued or running job and deletes its partial file; a cancelled one answers as it is. */
    public ExportJob cancel(ApiSession session, GuildId guildId, long jobId) {
        return calls.send(session, "POST", path(guildId) + "/" + jobId + "/cancel", null, Map.of(), ExportJob.class);
    }

    /** The file of a SUCCEEDED job as a stream; close it when done. */
    public ExportFile download(ApiSession session, GuildId guildId, long jobId) {
        return new ExportFile(calls.download(session, path(guildId) + "/" + jobId + "/download"));
    }

    private static String path(GuildId guildId) {
        return "guilds/" + guildId + "/exports";
    }
}
