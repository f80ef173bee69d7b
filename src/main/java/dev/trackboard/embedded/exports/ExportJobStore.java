package dev.trackboard.embedded.exports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.tracking.ExportableLists;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The export jobs' rows. Every state change names the state it leaves ({@code WHERE status = ...}),
 * so a cancel and the worker's own finish cannot both win: the one that updates no row lost.
 */
@Component
@ConditionalOnEmbeddedMode
class ExportJobStore {

    static final int LISTED = 100;

    private static final String SELECT = """
            SELECT j.*, COALESCE(u.global_name, u.username, j.requested_by) AS requested_by_name
            FROM api_export_job j LEFT JOIN discord_user u ON u.id = j.requested_by
            """;
    private static final TypeReference<Map<String, String>> FILTERS = new TypeReference<>() { };

    private final JdbcClient jdbc;

    ExportJobStore(JdbcClient embeddedJdbcClient) {
        this.jdbc = embeddedJdbcClient;
    }

    long insert(String guildId, String requestedBy, String key, ExportOrder order, String fileName, Instant now) {
        jdbc.sql("""
                INSERT INTO api_export_job (guild_id, requested_by, idempotency_key, request_digest, type, format, bom,
                                            filters, status, file_name, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?)""")
                .params(guildId, requestedBy, key, order.digest(), order.type().name(), order.format().name(),
                        order.bom(), json(order.filters()), fileName, Timestamp.from(now)).update();
        return byKey(guildId, requestedBy, key).orElseThrow().id();
    }

    Optional<ExportJob> byKey(String guildId, String requestedBy, String key) {
        return jdbc.sql(SELECT + " WHERE j.guild_id = ? AND j.requested_by = ? AND j.idempotency_key = ?")
                .params(guildId, requestedBy, key).query(ExportJobStore::job).optional();
    }

    /** Another guild's job is as absent as a missing one. */
    Optional<ExportJob> find(String guildId, long id) {
        return jdbc.sql(SELECT + " WHERE j.id = ? AND j.guild_id = ?").params(id, guildId).query(ExportJobStore::job)
                .optional();
    }

    List<ExportJob> list(String guildId) {
        return jdbc.sql(SELECT + " WHERE j.guild_id = ? ORDER BY j.created_at DESC, j.id DESC LIMIT " + LISTED)
                .param(guildId).query(ExportJobStore::job).list();
    }

    long unfinished(String guildId) {
        return jdbc.sql("SELECT COUNT(*) FROM api_export_job WHERE status IN ('QUEUED', 'RUNNING') AND guild_id = ?")
                .param(guildId).query(Long.class).single();
    }

    /** Every guild's queued and running jobs (the start-up step). */
    List<ExportJob> unfinished() {
        return jdbc.sql(SELECT + " WHERE j.status IN ('QUEUED', 'RUNNING')").query(ExportJobStore::job).list();
    }

    List<ExportJob> expiredBy(Instant now) {
        return jdbc.sql(SELECT + " WHERE j.status = 'SUCCEEDED' AND j.expires_at <= ?").param(Timestamp.from(now))
                .query(ExportJobStore::job).list();
    }

    boolean start(long id, Instant now) {
        return jdbc.sql("UPDATE api_export_job SET status = 'RUNNING', started_at = ? WHERE id = ? AND status = 'QUEUED'")
                .params(Timestamp.from(now), id).update() == 1;
    }

    /** False once the job is no longer running (cancelled): the worker stops then. */
    boolean progress(long id, Long rowsTotal, long rowsDone, long bytes) {
        return jdbc.sql("""
                UPDATE api_export_job SET rows_total = COALESCE(?, rows_total), rows_done = ?, bytes = ?
                WHERE id = ? AND status = 'RUNNING'""").params(rowsTotal, rowsDone, bytes, id).update() == 1;
    }

    boolean succeed(long id, long rows, long bytes, Instant now, Instant expires) {
        return jdbc.sql("""
                UPDATE api_export_job SET status = 'SUCCEEDED', rows_done = ?, bytes = ?, finished_at = ?, expires_at = ?
                WHERE id = ? AND status = 'RUNNING'""")
                .params(rows, bytes, Timestamp.from(now), Timestamp.from(expires), id).update() == 1;
    }

    boolean fail(long id, String reason, Instant now) {
        return jdbc.sql("""
                UPDATE api_export_job SET status = 'FAILED', failure_reason = ?, finished_at = ?
                WHERE id = ? AND status IN ('QUEUED', 'RUNNING')""").params(reason, Timestamp.from(now), id).update() == 1;
    }

    boolean cancel(String guildId, long id, Instant now) {
        return jdbc.sql("""
                UPDATE api_export_job SET status = 'CANCELLED', finished_at = ?
                WHERE id = ? AND guild_id = ? AND status IN ('QUEUED', 'RUNNING')""")
                .params(Timestamp.from(now), id, guildId).update() == 1;
    }

    boolean expire(long id) {
        return jdbc.sql("UPDATE api_export_job SET status = 'EXPIRED' WHERE id = ? AND status = 'SUCCEEDED'").param(id)
                .update() == 1;
    }

    private static ExportJob job(ResultSet rs, int n) throws SQLException {
        return new ExportJob(rs.getLong("id"), rs.getString("guild_id"), rs.getString("requested_by"),
                rs.getString("requested_by_name"), rs.getString("request_digest"),
                ExportableLists.Kind.valueOf(rs.getString("type")), ExportFormat.valueOf(rs.getString("format")),
                rs.getBoolean("bom"), filters(rs.getString("filters")), ExportStatus.valueOf(rs.getString("status")),
                rs.getLong("rows_done"), rs.getObject("rows_total", Long.class), rs.getLong("bytes"),
                rs.getString("file_name"), rs.getString("failure_reason"), instant(rs, "created_at"),
                instant(rs, "started_at"), instant(rs, "finished_at"), instant(rs, "expires_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Map<String, String> filters(String json) {
        try {
            return ExportJson.MAPPER.readValue(json, FILTERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An export job's filters cannot be read", e);
        }
    }

    private static String json(Map<String, String> filters) {
        try {
            return ExportJson.MAPPER.writeValueAsString(filters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Export filters cannot be written", e);
        }
    }
}
