package dev.trackboard.embedded.tracking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the API's audit trail: who did what to which object, with before and after of every field
 * that changed. Called inside the transaction of the change itself, so a change never goes
 * unrecorded and a refused change records nothing. Entries are never changed or removed: the
 * database refuses UPDATE and DELETE on the table (migration V6, docs/decisions/0105).
 */
@Component
@ConditionalOnEmbeddedMode
public class AuditTrail {

    public record Change(String field, Object before, Object after) { }

    public record Target(String type, long id, String name) { }

    /**
     * Set while a revert runs (AuditRevert): every entry the stores write meanwhile names the entry it
     * undoes. A scoped value rather than a parameter, so the stores' change methods stay the same for
     * ordinary changes and reverts.
     */
    static final ScopedValue<Long> REVERTING = ScopedValue.newInstance();

    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();

    AuditTrail(JdbcClient embeddedJdbcClient) {
        this.jdbc = embeddedJdbcClient;
    }

    /** Field-by-field difference of two snapshots (null before = created, null after = deleted). */
    public static List<Change> diff(Map<String, ?> before, Map<String, ?> after) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (before != null) {
            before.keySet().forEach(key -> fields.put(key, null));
        }
        if (after != null) {
            after.keySet().forEach(key -> fields.put(key, null));
        }
        List<Change> changes = new ArrayList<>();
        for (String field : fields.keySet()) {
            Object old = before == null ? null : before.get(field);
            Object now = after == null ? null : after.get(field);
            if (!Objects.equals(old, now)) {
                changes.add(new Change(field, old, now));
            }
        }
        return changes;
    }

    public void record(String guildId, String actorId, String action, Target target, List<Change> changes) {
        record(guildId, actorId, action, target, changes, null, Instant.now());
    }

    /**
     * An entry made at {@code at}: the settings store passes the instant it stores as the version's
     * {@code updatedAt}, so the entries between two versions are found by time (decision 0112).
     */
    public void recordAt(Instant at, String guildId, String actorId, String action, Target target, List<Change> changes) {
        record(guildId, actorId, action, target, changes, null, at);
    }

    /** An entry of a bulk request: one per target, all with the request's {@code groupId}. */
    void record(String guildId, String actorId, String action, Target target, List<Change> changes, String groupId) {
        record(guildId, actorId, action, target, changes, groupId, Instant.now());
    }

    private void record(String guildId, String actorId, String action, Target target, List<Change> changes,
                        String groupId, Instant at) {
        jdbc.sql("""
                INSERT INTO api_audit_entry (guild_id, actor_id, action, target_type, target_id, target_name, changes,
                                             created_at, group_id, revert_of)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(guildId, actorId, action, target.type(), String.valueOf(target.id()), shorten(target.name()),
                        write(changes), Timestamp.from(at), groupId,
                        REVERTING.isBound() ? REVERTING.get() : null)
                .update();
    }

    /** A new group id for the entries of one bulk request. */
    static String newGroup() {
        return UUID.randomUUID().toString();
    }

    private String write(List<Change> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit changes cannot be written", e);
        }
    }

    private static String shorten(String name) {
        return name.length() <= 253 ? name : name.substring(0, 252) + "…";
    }
}
