package dev.trackboard.embedded.exports;

import java.time.Instant;
import java.util.Map;

/** A job as the API answers it (schema ExportJob in tracking-api.yaml). */
record ExportJobAnswer(long id, String type, String format, boolean bom, Map<String, String> filters, String status,
                       long rowsDone, Long rowsTotal, long bytes, String fileName, String failureReason,
                       Instant createdAt, Instant startedAt, Instant finishedAt, Instant expiresAt,
                       Requester requestedBy) {

    record Requester(String id, String name) { }

    static ExportJobAnswer of(ExportJob job) {
        return new ExportJobAnswer(job.id(), job.type().name(), job.format().name(), job.bom(), job.filters(),
                job.status().name(), job.rowsDone(), job.rowsTotal(), job.bytes(), job.fileName(), job.failureReason(),
                job.createdAt(), job.startedAt(), job.finishedAt(), job.expiresAt(),
                new Requester(job.requestedBy(), job.requestedByName()));
    }
}
