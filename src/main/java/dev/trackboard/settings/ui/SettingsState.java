package dev.trackboard.settings.ui;

import dev.trackboard.api.GuildId;
import dev.trackboard.api.guild.Channel;
import dev.trackboard.api.guild.Role;
import dev.trackboard.api.settings.GuildSettings;
import java.io.Serializable;
import java.util.List;

/** What the screen edits: one version of a guild's settings, and the channels and roles to pick from. */
record SettingsState(GuildId guildId, GuildSettings settings, List<Channel> channels, List<Role> roles)
        implements Serializable {

    SettingsState with(GuildSettings newer) {
        return new SettingsState(guildId, newer, channels, roles);
    }

    /** On Discord the @everyone role has the guild's id. */
    String everyoneRoleId() {
        return guildId.value();
    }
}
