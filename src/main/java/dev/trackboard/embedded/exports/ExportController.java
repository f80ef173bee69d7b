package dev.trackboard.embedded.exports;

import dev.trackboard.embedded.ApiCaller;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.TrackingApi;
import dev.trackboard.embedded.access.AuthorizedGuild;
import dev.trackboard.embedded.tracking.Ids;
import dev.trackboard.embedded.web.Items;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Map;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/guilds/{guildId}/exports}: request an export (202, with Idempotency-Key), the
 * guild's jobs, one job, cancel, and the file, streamed from disk. Another guild's job is a 404.
 */
@RestController
@RequestMapping("/api/v1/guilds/{guildId}/exports")
@TrackingApi
@ConditionalOnEmbeddedMode
class ExportController {

    private final ExportJobs jobs;
    private final ExportFiles files;
    private final ExportAudit audit;

    ExportController(ExportJobs jobs, ExportFiles files, ExportAudit audit) {
        this.jobs = jobs;
        this.files = files;
        this.audit = audit;
    }

    @PostMapping
    ResponseEntity<ExportJobAnswer> request(AuthorizedGuild guild, ApiCaller caller,
                                            @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                            @RequestBody(required = false) Map<String, Object> body) {
        ExportJobs.Outcome outcome = jobs.request(guild, caller, key, body);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/guilds/" + guild.id() + "/exports/" + outcome.job().id()));
        if (outcome.replayed()) {
            answer.header("Idempotent-Replayed", "true");
        }
        return answer.body(ExportJobAnswer.of(jobs.one(guild, outcome.job().id())));
    }

    @GetMapping
    Items<ExportJobAnswer> list(AuthorizedGuild guild) {
        return new Items<>(jobs.list(guild).stream().map(ExportJobAnswer::of).toList());
    }

    @GetMapping("/{exportId}")
    ExportJobAnswer one(AuthorizedGuild guild, @PathVariable String exportId) {
        return ExportJobAnswer.of(jobs.one(guild, Ids.parse(exportId)));
    }

    @PostMapping("/{exportId}/cancel")
    ExportJobAnswer cancel(AuthorizedGuild guild, ApiCaller caller, @PathVariable String exportId) {
        return ExportJobAnswer.of(jobs.cancel(guild, caller, Ids.parse(exportId)));
    }

    /** Opened before answering, so a sweep that deletes the file now cannot cut the download short. */
    @GetMapping("/{exportId}/download")
    ResponseEntity<InputStreamResource> download(AuthorizedGuild guild, ApiCaller caller,
                                                 @PathVariable String exportId) throws IOException {
        ExportJob job = jobs.downloadable(guild, Ids.parse(exportId));
        InputStream file;
        long size;
        try {
            size = Files.size(files.complete(job));
            file = Files.newInputStream(files.complete(job));
        } catch (NoSuchFileException e) {
            throw ExportJobs.gone();
        }
        try {
            audit.downloaded(job, caller.userId());
        } catch (RuntimeException e) {
            file.close(); // no unaudited download
            throw e;
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(job.format().mediaType))
                .contentLength(size)
                .header("Content-Disposition",
                        ContentDisposition.attachment().filename(job.fileName(), StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(new InputStreamResource(file));
    }
}
