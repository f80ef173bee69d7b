package dev.trackboard.embedded.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.trackboard.embedded.ApiCaller;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.EmbeddedProperties;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The user's guilds as Discord reported them, per API session, for at most
 * {@code trackboard.embedded.permission-max-age} (20 s: the API's share of the 60 s access budget,
 * docs/decisions/0040-access-budget.md), by the application's clock. Writes ask for fresh data.
 */
@Component
@ConditionalOnEmbeddedMode
public class SessionGuildCache {

    /** Sessions with a guild list kept; an evicted one only costs a Discord call on its next read. */
    private static final int MAX_SESSIONS = 10_000;

    private final Cache<String, List<DiscordUserClient.DiscordGuild>> guilds;
    private final DiscordUserClient discord;

    SessionGuildCache(DiscordUserClient discord, EmbeddedProperties properties, Ticker ticker) {
        this.discord = discord;
        this.guilds = Caffeine.newBuilder()
                .expireAfterWrite(properties.permissionMaxAge())
                .maximumSize(MAX_SESSIONS)
                .ticker(ticker)
                .build();
    }

    /** The caller's guilds; asks Discord when {@code fresh} or when the cached copy is too old. */
    public List<DiscordUserClient.DiscordGuild> guilds(ApiCaller caller, boolean fresh) {
        List<DiscordUserClient.DiscordGuild> cached = fresh ? null : guilds.getIfPresent(caller.sessionId());
        return cached != null ? cached
                : remember(caller.sessionId(), discord.currentUserGuilds(caller.discordAccessToken()));
    }

    /** Stores guilds just read from Discord for the session (token exchange, refresh). */
    public List<DiscordUserClient.DiscordGuild> remember(String sessionId, List<DiscordUserClient.DiscordGuild> fetched) {
        List<DiscordUserClient.DiscordGuild> copy = List.copyOf(fetched);
        guilds.put(sessionId, copy);
        return copy;
    }

    public void forget(String sessionId) {
        guilds.invalidate(sessionId);
    }
}
