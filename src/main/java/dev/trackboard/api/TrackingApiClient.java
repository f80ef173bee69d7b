package dev.trackboard.api;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Sessions and guilds of the Tracking API as typed Java calls (see {@link ApiCalls} for how calls
 * are made). Later features add sibling clients in this package rather than growing this one.
 */
@Component
public class TrackingApiClient {

    private final ApiCalls calls;

    TrackingApiClient(ApiCalls calls) {
        this.calls = calls;
    }

    // ---- sessions -------------------------------------------------------------------------

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

    // ---- guilds ---------------------------------------------------------------------------

    public List<GuildSummary> guilds(ApiSession session) {
        return calls.items(session, "guilds", Map.of(), GuildSummary.class);
    }

    public GuildDetail guild(ApiSession session, GuildId guildId) {
        return calls.get(session, "guilds/" + guildId, Map.of(), GuildDetail.class);
    }

    public List<Channel> channels(ApiSession session, GuildId guildId) {
        return calls.items(session, "guilds/" + guildId + "/channels", Map.of(), Channel.class);
    }

    public List<Role> roles(ApiSession session, GuildId guildId) {
        return calls.items(session, "guilds/" + guildId + "/roles", Map.of(), Role.class);
    }
}
