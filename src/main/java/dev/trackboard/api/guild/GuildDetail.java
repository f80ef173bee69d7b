package dev.trackboard.api.guild;

import dev.trackboard.api.GuildId;
import java.io.Serializable;
import java.time.Instant;

/** A guild the caller may open. */
public record GuildDetail(
        GuildId id,
        String name,
        String iconUrl,
        int memberCount,
        GuildAccess access,
        String botClientId,
        Instant botJoinedAt,
        int channelCount,
        int roleCount) implements Serializable {
}
