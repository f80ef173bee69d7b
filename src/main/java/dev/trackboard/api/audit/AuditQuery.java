package dev.trackboard.api.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Filters of the audit list; null filters are not applied; {@code to} is exclusive. Newest first, always. */
public record AuditQuery(String actorId, String action, String targetType, String groupId, Instant from, Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }

    /** Its values as list parameters, by the API's names, in reading order; filters not applied are left out. */
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        put(parameters, "actorId", actorId);
        put(parameters, "action", action);
        put(parameters, "targetType", targetType);
        put(parameters, "groupId", groupId);
        put(parameters, "from", from);
        put(parameters, "to", to);
        return parameters;
    }

    private static void put(Map<String, Object> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }
}
