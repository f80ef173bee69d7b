package dev.trackboard.api;

import java.time.Instant;

/** Builds an {@link ApiSession} from tokens a test obtained over HTTP itself. */
public final class TestApiSessions {

    private TestApiSessions() {
    }

    public static ApiSession of(String sessionId, ApiUser user, String accessToken, String refreshToken) {
        return new ApiSession(sessionId, user, accessToken, refreshToken, Instant.now().plusSeconds(240));
    }
}
