package dev.trackboard.embedded.auth;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.db.RecordRowMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What users did to their own sessions (table api_account_audit_entry, immutable). It belongs to the
 * user, not to a guild, so it is not part of the guild audit trail: only the user reads it, on the
 * sessions screen (docs/decisions/0151-account-audit-entries.md).
 */
@Component
@ConditionalOnEmbeddedMode
class AccountAudit {

    static final String SESSION_REVOKED = "session.revoked";
    static final String OTHER_SESSIONS_REVOKED = "sessions.revoked-others";

    record Entry(long id, Instant createdAt, String action, String actorSession, String sessionId, String userAgent,
                 String ipAddress, int sessionCount) { }

    private final JdbcClient jdbc;

    AccountAudit(JdbcClient embeddedJdbcClient) {
        this.jdbc = embeddedJdbcClient;
    }

    void record(String userId, String action, String actorSession, ApiSessions.Listed target, int sessionCount) {
        jdbc.sql("""
                INSERT INTO api_account_audit_entry (user_id, created_at, action, actor_session, session_id,
                                                     user_agent, ip_address, session_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(userId, Timestamp.from(Instant.now()), action, actorSession,
                        target == null ? null : target.id(), target == null ? null : target.userAgent(),
                        target == null ? null : target.ipAddress(), sessionCount)
                .update();
    }

    /** The user's latest entries, newest first. */
    List<Entry> latest(String userId, int limit) {
        return jdbc.sql("""
                SELECT id, created_at, action, actor_session, session_id, user_agent, ip_address, session_count
                FROM api_account_audit_entry WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT ?""")
                .params(userId, limit).query(RecordRowMapper.of(Entry.class)).list();
    }
}
