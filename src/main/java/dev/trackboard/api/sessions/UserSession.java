package dev.trackboard.api.sessions;

import java.time.Instant;

/**
 * One of the signed-in user's live API sessions (a sign-in on some device).
 *
 * @param userAgent the browser's User-Agent as sent at sign-in; null if unknown
 * @param ipAddress the browser's address at sign-in; null if unknown
 * @param current whether it is the session of the caller
 */
public record UserSession(String id, String userAgent, String ipAddress, Instant createdAt, Instant lastSeenAt,
                          boolean current) {
}
