package dev.trackboard.api;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The signed-in user's session with the Tracking API: a short-lived access token plus the refresh
 * token that renews it. Lives on the server only (inside the HTTP session); never sent to the
 * browser. {@link ApiCalls} renews it in place, so one instance is shared by every tab.
 */
public final class ApiSession implements Serializable {

    /** Renew this long before the access token expires, so a call never starts with a stale one. */
    private static final Duration RENEW_AHEAD = Duration.ofSeconds(30);

    private final String sessionId;
    private final ApiUser user;
    private String accessToken;
    private String refreshToken;
    private Instant expiresAt;
    private boolean ended;

    ApiSession(String sessionId, ApiUser user, String accessToken, String refreshToken, Instant expiresAt) {
        this.sessionId = sessionId;
        this.user = user;
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
        this.expiresAt = expiresAt;
    }

    public String sessionId() {
        return sessionId;
    }

    public ApiUser user() {
        return user;
    }

    synchronized String accessToken() {
        return accessToken;
    }

    synchronized String refreshToken() {
        return refreshToken;
    }

    synchronized boolean needsRenewal(Clock clock) {
        return clock.instant().isAfter(expiresAt.minus(RENEW_AHEAD));
    }

    synchronized void renewed(String accessToken, String refreshToken, Instant expiresAt) {
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
        this.expiresAt = expiresAt;
    }

    synchronized void end() {
        ended = true;
    }

    public synchronized boolean ended() {
        return ended;
    }

    @Override
    public String toString() {
        return "ApiSession[" + sessionId + ", user " + user.id() + "]"; // never the tokens
    }
}
