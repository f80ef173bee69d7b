package dev.trackboard.embedded.tracking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trackboard.embedded.ApiProblem;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the audit trail that {@link AuditTrail} writes: newest first, keyset-paged. A page seeks to
 * the cursor through the index that serves the filters ({@link AuditQuery#index}) and reads only the
 * page's rows, so the millionth entry costs what the first does; there is no total, which would
 * cost a pass over every matching entry. Read-only: the table itself refuses changes (V6).
 */
@Component
@ConditionalOnEmbeddedMode
class AuditStore {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    record Actor(String id, String name, String avatarUrl) { }

    record Target(String type, String id, String name) { }

    record Change(String field, Object before, Object after) { }

    record Entry(long id, Actor actor, String action, Target target, Instant createdAt, List<Change> changes,
                 String groupId, Long revertOf) { }

    record EntryPage(List<Entry> items, String nextCursor) { }

    /** What the filter pickers offer: the values the guild's trail holds. */
    record Facets(List<Actor> actors, List<String> actions, List<String> targetTypes) { }

    private record Row(long id, String actorId, String action, String targetType, String targetId, String targetName,
                       String changes, Instant createdAt, String groupId, Long revertOf) { }

    private static final String COLUMNS =
            "id, actor_id, action, target_type, target_id, target_name, changes, created_at, group_id, revert_of";
    private static final TypeReference<List<Map<String, Object>>> CHANGES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();

    AuditStore(JdbcClient embeddedJdbcClient) {
        this.jdbc = embeddedJdbcClient;
    }

    static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw FieldCheck.single("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }

    EntryPage page(String guildId, AuditQuery query, AuditCursor cursor, int limit) {
        // one more than the page: whether it exists decides if there is a next page
        int wanted = limit + 1;
        List<Row> rows = new ArrayList<>(wanted);
        if (cursor == null) {
            rows.addAll(seek(guildId, query, "", List.of(), wanted));
        } else {
            Timestamp at = Timestamp.from(cursor.createdAt());
            // the rest of the cursor's tie group (same instant, smaller ids), then everything older;
            // two range scans H2 serves from the index, where an OR of both would not be
            rows.addAll(seek(guildId, query, " AND created_at = ? AND id < ?", List.of(at, cursor.id()), wanted));
            if (rows.size() < wanted) {
                rows.addAll(seek(guildId, query, " AND created_at < ?", List.of(at), wanted - rows.size()));
            }
        }
        boolean more = rows.size() > limit;
        List<Row> page = more ? rows.subList(0, limit) : rows;
        List<Entry> items = entries(page);
        String next = more ? new AuditCursor(page.getLast().createdAt(), page.getLast().id()).encode() : null;
        return new EntryPage(items, next);
    }

    Entry one(String guildId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_audit_entry WHERE id = ? AND guild_id = ?").params(id, guildId)
                .query(AuditStore::row).optional().map(row -> entries(List.of(row)).getFirst())
                .orElseThrow(ApiProblem::notFound);
    }

    /** Entries that undid this one, oldest first. */
    List<Long> revertedBy(String guildId, long id) {
        return jdbc.sql("SELECT id FROM api_audit_entry WHERE revert_of = ? AND guild_id = ? ORDER BY id")
                .params(id, guildId).query(Long.class).list();
    }

    /**
     * Later entries of the same target that changed any field this entry changed, oldest first: what
     * undoing it would overwrite (the admin sees them and confirms).
     */
    List<Entry> laterChangesOfFields(String guildId, Entry entry) {
        Set<String> fields = entry.changes().stream().map(Change::field).collect(Collectors.toSet());
        List<Row> later = jdbc.sql("SELECT " + COLUMNS + """
                 FROM api_audit_entry USE INDEX (api_audit_entry_target)
                WHERE guild_id = ? AND target_type = ? AND target_id = ? AND id > ? ORDER BY id""")
                .params(guildId, entry.target().type(), entry.target().id(), entry.id()).query(AuditStore::row).list();
        return entries(later).stream()
                .filter(change -> change.changes().stream().anyMatch(field -> fields.contains(field.field()))).toList();
    }

    Facets facets(String guildId) {
        List<String> actorIds = distinct(guildId, "actor_id", "api_audit_entry_actor");
        Map<String, Actor> actors = actors(actorIds);
        return new Facets(actorIds.stream().map(actors::get).toList(), distinct(guildId, "action", "api_audit_entry_action"),
                distinct(guildId, "target_type", "api_audit_entry_target_type"));
    }

    private List<Row> seek(String guildId, AuditQuery query, String condition, List<Object> extra, int limit) {
        List<Object> params = new ArrayList<>();
        String where = query.where(guildId, params);
        params.addAll(extra);
        params.add(limit);
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_audit_entry USE INDEX (" + query.index() + ") WHERE " + where
                        + condition + query.orderBy() + " LIMIT ?")
                .params(params).query(AuditStore::row).list();
    }

    /**
     * The distinct values of an indexed column, one index seek per value ("loose index scan"): a
     * guild has a handful of actors and actions but may have a million entries.
     */
    private List<String> distinct(String guildId, String column, String index) {
        List<String> values = new ArrayList<>();
        String last = "";
        while (values.size() < 1000) {
            List<String> next = jdbc.sql("SELECT " + column + " FROM api_audit_entry USE INDEX (" + index + ")"
                            + " WHERE guild_id = ? AND " + column + " > ? ORDER BY guild_id, " + column + " LIMIT 1")
                    .params(guildId, last).query(String.class).list();
            if (next.isEmpty()) {
                break;
            }
            last = next.getFirst();
            values.add(last);
        }
        return values;
    }

    private List<Entry> entries(List<Row> rows) {
        Map<String, Actor> actors = actors(rows.stream().map(Row::actorId).distinct().toList());
        return rows.stream().map(row -> new Entry(row.id(), actors.get(row.actorId()), row.action(),
                new Target(row.targetType(), row.targetId(), row.targetName()), row.createdAt(), changes(row.changes()),
                row.groupId(), row.revertOf())).toList();
    }

    /**
     * Names of the actors as the Discord directory knows them now; an actor it no longer knows
     * keeps their id as the name, so an entry never loses its "who".
     */
    private Map<String, Actor> actors(List<String> ids) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        ids.forEach(id -> actors.put(id, new Actor(id, id, null)));
        if (!ids.isEmpty()) {
            String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
            jdbc.sql("SELECT id, username, global_name FROM discord_user WHERE id IN (" + marks + ")")
                    .params(new ArrayList<Object>(ids))
                    .query((rs, n) -> {
                        String name = rs.getString("global_name");
                        return new Actor(rs.getString("id"), name == null ? rs.getString("username") : name, null);
                    })
                    .list().forEach(actor -> actors.put(actor.id(), actor));
        }
        return actors;
    }

    private List<Change> changes(String stored) {
        try {
            List<Change> changes = new ArrayList<>();
            for (Map<String, Object> change : json.readValue(stored, CHANGES)) {
                changes.add(new Change(String.valueOf(change.get("field")), change.get("before"), change.get("after")));
            }
            return changes;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit entry's changes cannot be read", e);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("actor_id"), rs.getString("action"), rs.getString("target_type"),
                rs.getString("target_id"), rs.getString("target_name"), rs.getString("changes"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("group_id"), rs.getObject("revert_of", Long.class));
    }
}
