package dev.trackboard.api.audit;

import java.time.Instant;

/** Filters of the audit list; null filters are not applied; {@code to} is exclusive. Newest first, always. */
public record AuditQuery(String actorId, String action, String targetType, String groupId, Instant from, Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
