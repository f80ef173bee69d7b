package dev.trackboard.api.exports;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * An export job as the API reports it. {@code rowsTotal} is counted when the job starts (null
 * before), {@code bytes} is what reached the file so far; {@code expiresAt} is set once it succeeded.
 * Serializable: a screen's grid keeps its rows in the Vaadin session.
 */
public record ExportJob(long id, ExportType type, ExportFormat format, boolean bom, Map<String, String> filters,
                        ExportStatus status, long rowsDone, Long rowsTotal, long bytes, String fileName,
                        String failureReason, Instant createdAt, Instant startedAt, Instant finishedAt,
                        Instant expiresAt, Requester requestedBy) implements Serializable {

    /** Who asked for it; {@code name} is the id when the API no longer knows the user. */
    public record Requester(String id, String name) implements Serializable { }

    /** Share of the rows written, 0 to 1; empty while the total is not known. */
    public OptionalDouble progress() {
        if (rowsTotal == null) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(rowsTotal == 0 ? 1 : Math.min(1, (double) rowsDone / rowsTotal));
    }

    public boolean downloadable() {
        return status == ExportStatus.SUCCEEDED;
    }
}
