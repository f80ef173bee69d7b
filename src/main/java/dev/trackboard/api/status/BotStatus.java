package dev.trackboard.api.status;

import dev.trackboard.api.GuildId;
import java.io.Serializable;
import java.time.Instant;

/**
 * The bot's status in one guild, from {@code GET /guilds/{id}/status} or the status stream.
 *
 * @param onlineSince start of the current connection (uptime); null while offline
 * @param observedAt when the API took and published this snapshot
 */
public record BotStatus(GuildId guildId, BotState state, Instant lastHeartbeatAt, Integer latencyMs, String version,
                        int shard, int shardCount, Instant onlineSince, String lastError, Instant lastErrorAt,
                        Instant changedAt, Instant observedAt) implements Serializable {
}
