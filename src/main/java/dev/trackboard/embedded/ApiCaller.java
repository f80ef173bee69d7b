package dev.trackboard.embedded;

import java.time.Instant;
import java.util.Set;

/**
 * The authenticated caller of an API request: the JWT was valid and its session is live.
 *
 * @param guildIds the guilds of the token's {@code guilds} claim (what the user could open when it was issued)
 * @param discordAccessToken the session's Discord token, to re-check permissions; never leaves the server
 * @param tokenExpiresAt when the access token of this request expires (a long-lived stream ends then)
 */
public record ApiCaller(String userId, String sessionId, Set<String> guildIds, String discordAccessToken,
                        Instant tokenExpiresAt) {

    @Override
    public String toString() {
        return "ApiCaller[userId=" + userId + ", sessionId=" + sessionId + "]";
    }
}
