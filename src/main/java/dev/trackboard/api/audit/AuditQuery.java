package dev.trackboard.api.audit;

import dev.trackboard.api.ListParameters;
import java.time.Instant;
import java.util.Map;

/** Filters of the audit list; null filters are not applied; {@code to} is exclusive. Newest first, always. */
public record AuditQuery(String actorId, String action, String targetType, String groupId, Instant from, Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }

    /** Its values as list parameters, by the API's names, in reading order; filters not applied are left out. */
    public Map<String, Object> parameters() {
        return new ListParameters().filter("actorId", actorId).filter("action", action)
                .filter("targetType", targetType).filter("groupId", groupId).filter("from", from).filter("to", to)
                .asMap();
    }
}
