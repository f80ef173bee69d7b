package dev.trackboard.embedded.exports;

import dev.trackboard.embedded.tracking.ExportableLists;
import java.time.Instant;
import java.util.Map;

/** One export job as stored (V7, api_export_job). */
record ExportJob(long id, String guildId, String requestedBy, String requestedByName, String requestDigest,
                 ExportableLists.Kind type, ExportFormat format, boolean bom, Map<String, String> filters,
                 ExportStatus status, long rowsDone, Long rowsTotal, long bytes, String fileName, String failureReason,
                 Instant createdAt, Instant startedAt, Instant finishedAt, Instant expiresAt) {
}
