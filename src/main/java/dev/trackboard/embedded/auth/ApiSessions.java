package dev.trackboard.embedded.auth;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.SecretTokens;
import dev.trackboard.embedded.db.RecordRowMapper;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
    private final Object endOrder = new Object();
    private final List<Consumer<ApiSessionEnded>> inOrder = new CopyOnWriteArrayList<>();

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

    /**
     * Ends the session, forgets its Discord token and tells whoever holds something open for it.
     * Returns false when it had ended already (nothing is told then). The column end_reason holds
     * the {@link ApiSessionEnded.Reason} in lower case: logout, revoked (Discord no longer accepts
     * it) or revoked_by_user (the sessions screen); V9's comment on it is wrong, see decision 0150.
     *
     * <p>Numbering the end and telling the ordered listeners is one step (the lock): with two at
     * once, 8 could otherwise be told before 7, a node's cursor would pass 7, and a break before 7
     * arrived would lose it for good.
     */
    boolean revoke(String sessionId, ApiSessionEnded.Reason reason) {
        ApiSessionEnded end;
        synchronized (endOrder) {
            int ended = jdbc.sql("""
                    UPDATE api_session SET revoked_at = ?, discord_access_token = '',
                           end_seq = NEXT VALUE FOR api_session_end_seq, end_reason = ?
                    WHERE id = ? AND revoked_at IS NULL""")
                    .params(Timestamp.from(Instant.now()), reason.name().toLowerCase(java.util.Locale.ROOT), sessionId)
                    .update();
            if (ended == 0) {
                return false;
            }
            end = jdbc.sql("SELECT id, user_id, end_reason, end_seq FROM api_session WHERE id = ?")
                    .param(sessionId).query(RecordRowMapper.of(End.class)).single().event();
            inOrder.forEach(listener -> listener.accept(end));
        }
        events.publishEvent(end); // this instance's status streams: no order needed, and they may block
        return true;
    }

    /**
     * Tells {@code listener} of every end as it happens, in the order of the ends' numbers. It is
     * called while the next end waits, so it must not block (SessionEventStreams only queues).
     */
    void tellEndsInOrder(Consumer<ApiSessionEnded> listener) {
        inOrder.add(listener);
    }

    /**
     * Runs {@code action} while no end is numbered or told: every end is then either in the table
     * already and told, or comes after the action (a node joining the streams misses none).
     */
    <T> T betweenEnds(Supplier<T> action) {
        synchronized (endOrder) {
            return action.get();
        }
    }

    /** A session as the sessions list shows it. */
    record Listed(String id, String userAgent, String ipAddress, Instant createdAt, Instant lastSeenAt) { }

    /** The user's live sessions, newest first. */
    List<Listed> liveOf(String userId) {
        return jdbc.sql("""
                SELECT id, user_agent, ip_address, created_at, last_seen_at FROM api_session
                WHERE user_id = ? AND revoked_at IS NULL ORDER BY created_at DESC, id""")
                .param(userId).query(RecordRowMapper.of(Listed.class)).list();
    }

    /** The user's live session with that id; empty for another user's, an ended or an unknown one. */
    Optional<Listed> liveOf(String userId, String sessionId) {
        return jdbc.sql("""
                SELECT id, user_agent, ip_address, created_at, last_seen_at FROM api_session
                WHERE id = ? AND user_id = ? AND revoked_at IS NULL""")
                .params(sessionId, userId).query(RecordRowMapper.of(Listed.class)).optional();
    }

    /** An ended session, as the session event stream sends it. */
    record End(String id, String userId, String endReason, long endSeq) {
        ApiSessionEnded event() {
            return new ApiSessionEnded(id, userId, ApiSessionEnded.Reason.ofColumn(endReason), endSeq);
        }
    }

    /** At most {@code limit} ends after {@code since}, oldest first (a page of a reconnecting node's catch-up). */
    List<ApiSessionEnded> endsAfter(long since, int limit) {
        return jdbc.sql("""
                SELECT id, user_id, end_reason, end_seq FROM api_session
                WHERE end_seq > ? ORDER BY end_seq LIMIT ?""")
                .params(since, limit).query(RecordRowMapper.of(End.class)).list()
                .stream().map(End::event).toList();
    }

    /** The number of the latest end so far (0 before the first): where a new node's cursor starts. */
    long lastEnd() {
        Long last = jdbc.sql("SELECT COALESCE(MAX(end_seq), 0) FROM api_session").query(Long.class).single();
        return last == null ? 0 : last;
    }
}
