package dev.trackboard.api.sessions;

import java.time.Instant;

/**
 * Something the user did to their own sessions, from the account audit.
 *
 * @param action {@code session.revoked} (one session; {@code sessionId}, {@code userAgent} and
 *               {@code ipAddress} describe it) or {@code sessions.revoked-others}
 * @param sessionCount how many sessions ended
 * @param byThisSession whether the caller's own session did it
 */
public record SessionAuditEntry(long id, Instant createdAt, String action, String sessionId, String userAgent,
                                String ipAddress, int sessionCount, boolean byThisSession) {

    public static final String SESSION_REVOKED = "session.revoked";
    public static final String OTHER_SESSIONS_REVOKED = "sessions.revoked-others";
}
