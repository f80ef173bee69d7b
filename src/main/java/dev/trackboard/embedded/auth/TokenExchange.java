package dev.trackboard.embedded.auth;

import dev.trackboard.embedded.ApiCaller;
import dev.trackboard.embedded.ApiProblem;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.SecretTokens;
import dev.trackboard.embedded.access.DiscordTokenRejectedException;
import dev.trackboard.embedded.access.DiscordUserClient;
import dev.trackboard.embedded.access.GuildAccessChecker;
import dev.trackboard.embedded.access.SessionGuildCache;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Starts, refreshes and ends API sessions. The identity and the guild list always come from
 * Discord, asked with the user's own token; nothing the dashboard says about guilds is trusted.
 */
@Component
@ConditionalOnEmbeddedMode
class TokenExchange implements DisposableBean {

    record Tokens(String accessToken, long expiresIn, String refreshToken, String sessionId,
                  DiscordUserClient.DiscordUser user) { }

    private record Identity(DiscordUserClient.DiscordUser user, List<DiscordUserClient.DiscordGuild> guilds) { }

    private final DiscordUserClient discord;
    private final GuildAccessChecker access;
    private final SessionGuildCache guildCache;
    private final ApiSessions sessions;
    private final AccessTokens accessTokens;
    /** Asks Discord for the user and the guild list side by side: the caller's timeout covers both. */
    private final ExecutorService discordCalls = Executors.newVirtualThreadPerTaskExecutor();

    TokenExchange(DiscordUserClient discord, GuildAccessChecker access, SessionGuildCache guildCache,
                  ApiSessions sessions, AccessTokens accessTokens) {
        this.discord = discord;
        this.access = access;
        this.guildCache = guildCache;
        this.sessions = sessions;
        this.accessTokens = accessTokens;
    }

    Tokens start(String discordAccessToken, String userAgent, String ipAddress) {
        Identity identity;
        try {
            identity = identity(discordAccessToken);
        } catch (DiscordTokenRejectedException e) {
            throw ApiProblem.unauthorized("Discord did not accept the access token.");
        }
        DiscordUserClient.DiscordUser user = identity.user();
        List<DiscordUserClient.DiscordGuild> guilds = identity.guilds();
        String refreshToken = SecretTokens.newToken();
        String sessionId = sessions.create(user.id(), discordAccessToken, refreshToken, userAgent, ipAddress);
        guildCache.remember(sessionId, guilds);
        return tokens(user, sessionId, refreshToken, guilds);
    }

    Tokens refresh(String refreshToken) {
        ApiSessions.Session session = sessions.liveByRefreshToken(refreshToken)
                .orElseThrow(() -> ApiProblem.unauthorized("The refresh token is not valid."));
        Identity identity;
        try {
            identity = identity(session.discordAccessToken());
        } catch (DiscordTokenRejectedException e) {
            sessions.revoke(session.id(), ApiSessionEnded.Reason.REVOKED);
            guildCache.forget(session.id());
            throw ApiProblem.unauthorized("The Discord authorization behind this session has ended; sign in again.");
        }
        DiscordUserClient.DiscordUser user = identity.user();
        List<DiscordUserClient.DiscordGuild> guilds = identity.guilds();
        String next = SecretTokens.newToken();
        if (!user.id().equals(session.userId()) || !sessions.rotate(session.id(), refreshToken, next)) {
            throw ApiProblem.unauthorized("The refresh token is not valid.");
        }
        guildCache.remember(session.id(), guilds);
        return tokens(user, session.id(), next, guilds);
    }

    void end(ApiCaller caller) {
        sessions.revoke(caller.sessionId(), ApiSessionEnded.Reason.LOGOUT);
        guildCache.forget(caller.sessionId());
    }

    /** The user and their guilds; Discord's exceptions come through unwrapped. */
    private Identity identity(String discordAccessToken) {
        CompletableFuture<List<DiscordUserClient.DiscordGuild>> guilds =
                CompletableFuture.supplyAsync(() -> discord.currentUserGuilds(discordAccessToken), discordCalls);
        try {
            DiscordUserClient.DiscordUser user = discord.currentUser(discordAccessToken);
            return new Identity(user, guilds.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            guilds.cancel(false); // nobody waits for it once the user call failed
        }
    }

    @Override
    public void destroy() {
        discordCalls.shutdownNow();
    }

    private Tokens tokens(DiscordUserClient.DiscordUser user, String sessionId, String refreshToken,
                          List<DiscordUserClient.DiscordGuild> guilds) {
        String jwt = accessTokens.issue(user.id(), sessionId, access.openableGuildIds(guilds));
        return new Tokens(jwt, accessTokens.lifetimeSeconds(), refreshToken, sessionId, user);
    }
}
