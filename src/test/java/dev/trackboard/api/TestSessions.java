package dev.trackboard.api;

import java.time.Instant;

/** API sessions for tests outside this package (the constructor is package-private on purpose). */
public final class TestSessions {

    private TestSessions() {
    }

    public static ApiSession of(String sessionId, String userId) {
        return new ApiSession(sessionId, new ApiUser(userId, "user-" + userId, null, null), "access-" + sessionId,
                "refresh-" + sessionId, Instant.now().plusSeconds(3600));
    }

    public static void end(ApiSession session) {
        session.end();
    }
}
