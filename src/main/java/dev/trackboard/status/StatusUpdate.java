package dev.trackboard.status;

import dev.trackboard.api.GuildId;
import dev.trackboard.api.status.BotStatus;

/**
 * What a status subscriber is told: the latest status known for its guild (null before any arrived)
 * and how far to trust it.
 */
public record StatusUpdate(GuildId guildId, BotStatus status, Freshness freshness) {

    public enum Freshness {
        /** Straight from the open stream. */
        LIVE,
        /** The stream broke; this is the last known status, reconnecting. */
        STALE,
        /** No status could be fetched yet (the API is unreachable); retrying. */
        UNAVAILABLE,
        /** This user may no longer open the guild: nothing more will be delivered. */
        ACCESS_LOST
    }
}
