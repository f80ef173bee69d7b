package dev.trackboard.api.guild;

import dev.trackboard.api.GuildId;
import java.io.Serializable;

/** One of the caller's guilds as the picker shows it. */
public record GuildSummary(
        GuildId id,
        String name,
        String iconUrl,
        int memberCount,
        boolean botInstalled,
        GuildAccess access,
        GuildDenial denial,
        String inviteUrl) implements Serializable {

    public boolean openable() {
        return denial == null && access != GuildAccess.NONE && botInstalled;
    }
}
