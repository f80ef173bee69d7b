package dev.trackboard.embedded.auth;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.SecretTokens;
import dev.trackboard.embedded.db.RecordRowMapper;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The API's sessions (table api_session). Refresh tokens are stored only as SHA-256 hashes. */
@Component
@ConditionalOnEmbeddedMode
class ApiSessions {

    private static final Duration LAST_SEEN_GRANULARITY = Duration.ofMinutes(1);

    record Session(String id, String userId, String discordAccessToken, Instant lastSeenAt) { }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ApiSessions(JdbcClient embeddedJdbcClient, ApplicationEventPublisher events) {
        this.jdbc = embeddedJdbcClient;
        this.events = events;
    }

    /** Creates a session; returns its id. */
    String create(String userId, String discordAccessToken, String refreshToken, String userAgent, String ipAddress) {
        String id = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                INSERT INTO api_session (id, user_id, discord_access_token, refresh_token_hash, created_at,
                                         last_seen_at, user_agent, ip_address)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, userId, discordAccessToken, SecretTokens.sha256Hex(refreshToken), now, now, userAgent, ipAddress)
                .update();
        return id;
    }

    Optional<Session> live(String sessionId) {
        return jdbc.sql("""
                SELECT id, user_id, discord_access_token, last_seen_at FROM api_session
                WHERE id = ? AND revoked_at IS NULL""")
                .param(sessionId).query(RecordRowMapper.of(Session.class)).optional();
    }

    Optional<Session> liveByRefreshToken(String refreshToken) {
        return jdbc.sql("""
                SELECT id, user_id, discord_access_token, last_seen_at FROM api_session
                WHERE refresh_token_hash = ? AND revoked_at IS NULL""")
                .param(SecretTokens.sha256Hex(refreshToken)).query(RecordRowMapper.of(Session.class)).optional();
    }

    /** Replaces the refresh token if it is still the current one; false when another refresh won. */
    boolean rotate(String sessionId, String oldRefreshToken, String newRefreshToken) {
        return jdbc.sql("""
                UPDATE api_session SET refresh_token_hash = ?, last_seen_at = ?
                WHERE id = ? AND refresh_token_hash = ? AND revoked_at IS NULL""")
                .params(SecretTokens.sha256Hex(newRefreshToken), Timestamp.from(Instant.now()), sessionId,
                        SecretTokens.sha256Hex(oldRefreshToken))
                .update() == 1;
    }

    /** Records activity, at most once a minute per session (sessions list: "last seen"). */
    void touch(Session session) {
        Instant now = Instant.now();
        if (session.lastSeenAt().plus(LAST_SEEN_GRANULARITY).isBefore(now)) {
            jdbc.sql("UPDATE api_session SET last_seen_at = ? WHERE id = ?")
                    .params(Timestamp.from(now), session.id()).update();
        }
    }

    /** Ends the session, forgets its Discord token and tells whoever holds something open for it. */
    void revoke(String sessionId, ApiSessionEnded.Reason reason) {
        jdbc.sql("UPDATE api_session SET revoked_at = ?, discord_access_token = '' WHERE id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(Instant.now()), sessionId).update();
        events.publishEvent(new ApiSessionEnded(sessionId, reason));
    }
}
