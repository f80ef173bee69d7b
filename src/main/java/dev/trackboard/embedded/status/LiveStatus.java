package dev.trackboard.embedded.status;

import java.time.Instant;

/**
 * The bot's current status in one guild, as sent by {@code GET /guilds/{id}/status} and the status
 * stream (JSON field names are the contract's).
 *
 * @param onlineSince when the current gateway connection started (uptime); null while offline
 * @param changedAt when {@code state} last changed
 * @param observedAt when this snapshot was taken (publish time; the dashboard measures latency from it)
 */
record LiveStatus(String guildId, BotState state, Instant lastHeartbeatAt, Integer latencyMs, String version,
                  int shard, int shardCount, Instant onlineSince, String lastError, Instant lastErrorAt,
                  Instant changedAt, Instant observedAt) {

    LiveStatus heartbeat(Instant now, int latency) {
        if (state == BotState.OFFLINE) {
            return this; // went offline since the tick looked: no heartbeat
        }
        return new LiveStatus(guildId, state, now, latency, version, shard, shardCount, onlineSince, lastError,
                lastErrorAt, changedAt, now);
    }

    LiveStatus changed(BotState newState, Instant now, Integer latency, String error) {
        Instant since = newState == BotState.OFFLINE ? null
                : state == BotState.OFFLINE || onlineSince == null ? now : onlineSince;
        Instant heartbeat = newState == BotState.OFFLINE ? lastHeartbeatAt : now;
        return new LiveStatus(guildId, newState, heartbeat, newState == BotState.OFFLINE ? null : latency, version,
                shard, shardCount, since, error == null ? lastError : error, error == null ? lastErrorAt : now,
                now, now);
    }
}
