package dev.trackboard.embedded.access;

import dev.trackboard.embedded.ApiCaller;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.EmbeddedProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The user's guilds as Discord reported them, per API session, for at most
 * {@code trackboard.embedded.permission-max-age} (20 s: the API's share of the 60 s access budget,
 * docs/decisions/0040-access-budget.md). Writes ask for fresh data.
 */
@Component
@ConditionalOnEmbeddedMode
public class SessionGuildCache {

    private static final int SWEEP_ABOVE = 1_000;

    private record Snapshot(Instant fetchedAt, List<DiscordUserClient.DiscordGuild> guilds) { }

    private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();
    private final DiscordUserClient discord;
    private final EmbeddedProperties properties;
    private final Clock clock;

    SessionGuildCache(DiscordUserClient discord, EmbeddedProperties properties, Clock clock) {
        this.discord = discord;
        this.properties = properties;
        this.clock = clock;
    }

    /** The caller's guilds; asks Discord when {@code fresh} or when the cached copy is too old. */
    public List<DiscordUserClient.DiscordGuild> guilds(ApiCaller caller, boolean fresh) {
        Snapshot snapshot = snapshots.get(caller.sessionId());
        if (fresh || snapshot == null || isStale(snapshot)) {
            return remember(caller.sessionId(), discord.currentUserGuilds(caller.discordAccessToken()));
        }
        return snapshot.guilds();
    }

    /** Stores guilds just read from Discord for the session (token exchange, refresh). */
    public List<DiscordUserClient.DiscordGuild> remember(String sessionId, List<DiscordUserClient.DiscordGuild> guilds) {
        if (snapshots.size() > SWEEP_ABOVE) {
            snapshots.values().removeIf(this::isStale);
        }
        snapshots.put(sessionId, new Snapshot(clock.instant(), List.copyOf(guilds)));
        return guilds;
    }

    public void forget(String sessionId) {
        snapshots.remove(sessionId);
    }

    private boolean isStale(Snapshot snapshot) {
        return snapshot.fetchedAt().plus(properties.permissionMaxAge()).isBefore(clock.instant());
    }
}
