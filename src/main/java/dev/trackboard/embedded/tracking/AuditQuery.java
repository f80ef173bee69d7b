package dev.trackboard.embedded.tracking;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The filters of an audit list, checked; {@link #where} renders them as SQL and {@link #index} names
 * the V6 index whose order serves them, so H2 reads the page straight from that index at any depth.
 */
record AuditQuery(String actorId, String action, String targetType, String groupId, Instant from, Instant to) {

    static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);

    private static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{17,20}");
    /**
     * Actions and target types are open sets (features add theirs: settings, exports, sessions), so
     * a value is checked for its form, not against a list; an unknown one simply matches nothing.
     */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._]{0,31}");
    private static final Pattern GROUP = Pattern.compile("[0-9a-f-]{36}");

    static AuditQuery parse(String actorId, String action, String targetType, String groupId, String from, String to) {
        FieldCheck check = new FieldCheck();
        String actor = matching(check, "actorId", actorId, SNOWFLAKE, "must be a Discord user id (17 to 20 digits)");
        String parsedAction = matching(check, "action", action, NAME,
                "must be an action name such as ACCOUNT_UPDATED (a letter, then up to 31 letters, digits, '.' or '_')");
        String type = matching(check, "targetType", targetType, NAME,
                "must be a target type such as ACCOUNT (a letter, then up to 31 letters, digits, '.' or '_')");
        String group = matching(check, "groupId", groupId, GROUP, "must be a group id from an audit entry");
        Instant start = instant(check, "from", from);
        Instant end = instant(check, "to", to);
        if (start != null && end != null && !start.isBefore(end)) {
            check.fail("to", "must be after from");
        }
        check.throwIfFailed();
        return new AuditQuery(actor, parsedAction, type, group, start, end);
    }

    /** The WHERE clause of the filters (without the cursor's seek condition). */
    String where(String guildId, List<Object> params) {
        StringBuilder where = new StringBuilder("guild_id = ?");
        params.add(guildId);
        append(where, params, "actor_id", actorId);
        append(where, params, "action", action);
        append(where, params, "target_type", targetType);
        append(where, params, "group_id", groupId);
        if (from != null) {
            where.append(" AND created_at >= ?");
            params.add(Timestamp.from(from));
        }
        if (to != null) {
            where.append(" AND created_at < ?");
            params.add(Timestamp.from(to));
        }
        return where.toString();
    }

    /**
     * The index to read and its leading columns: the most selective filter that has one. A group
     * (one bulk request, at most 500 entries) is read by its own index and sorted.
     */
    String index() {
        if (groupId != null) {
            return "api_audit_entry_group";
        }
        if (actorId != null) {
            return "api_audit_entry_actor";
        }
        if (action != null) {
            return "api_audit_entry_action";
        }
        if (targetType != null) {
            return "api_audit_entry_target_type";
        }
        return "api_audit_entry_guild";
    }

    /** ORDER BY in the chosen index's own column order and direction, newest first. */
    String orderBy() {
        String leading = switch (index()) {
            case "api_audit_entry_actor" -> "guild_id DESC, actor_id DESC, ";
            case "api_audit_entry_action" -> "guild_id DESC, action DESC, ";
            case "api_audit_entry_target_type" -> "guild_id DESC, target_type DESC, ";
            case "api_audit_entry_guild" -> "guild_id DESC, ";
            default -> "";
        };
        return " ORDER BY " + leading + "created_at DESC, id DESC";
    }

    private static void append(StringBuilder where, List<Object> params, String column, String value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ?");
            params.add(value);
        }
    }

    private static String matching(FieldCheck check, String field, String raw, Pattern pattern, String message) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (!pattern.matcher(value).matches()) {
            check.fail(field, message);
            return null;
        }
        return value;
    }

    private static Instant instant(FieldCheck check, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(raw.strip());
        } catch (DateTimeParseException e) {
            check.fail(field, "must be an ISO-8601 instant such as 2026-01-31T23:00:00Z");
            return null;
        }
    }
}
