package dev.trackboard.api;

import java.util.Map;
import org.springframework.stereotype.Component;

/** API sessions: started with a Discord identity at sign-in, ended at sign-out. */
@Component
public class SessionClient {

    private final ApiCalls calls;

    SessionClient(ApiCalls calls) {
        this.calls = calls;
    }

    /** Starts an API session for the Discord user owning {@code discordAccessToken}. */
    public ApiSession startSession(String discordAccessToken, String userAgent, String ipAddress) {
        try {
            ApiCalls.TokenResponse tokens = calls.anonymousPost("auth/token", Map.of(
                    "discordAccessToken", discordAccessToken,
                    "userAgent", userAgent == null ? "" : userAgent,
                    "ipAddress", ipAddress == null ? "" : ipAddress), ApiCalls.TokenResponse.class);
            return new ApiSession(tokens.sessionId(), tokens.user(), tokens.accessToken(), tokens.refreshToken(),
                    calls.clock().instant().plusSeconds(tokens.expiresIn()));
        } catch (ApiTransport.Unauthorized refused) {
            throw new TrackingApiException.SessionEnded("The API refused the Discord identity");
        }
    }

    /** Ends the session at the API. Already ended or expired counts as done. */
    public void endSession(ApiSession session) {
        calls.endSession(session);
    }
}
