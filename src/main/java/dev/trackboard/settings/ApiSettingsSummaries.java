package dev.trackboard.settings;

import dev.trackboard.api.GuildId;
import dev.trackboard.api.guild.Channel;
import dev.trackboard.api.guild.GuildClient;
import dev.trackboard.api.guild.Role;
import dev.trackboard.api.settings.GuildSettings;
import dev.trackboard.security.CurrentUser;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The overview's settings summary from the guild's real settings, with the channel and role by
 * name. A channel or role deleted since it was chosen has no name: the summary then says "none",
 * which is what the bot can use (the health card says why).
 */
@Component
class ApiSettingsSummaries implements SettingsSummaries {

    private final SettingsService settings;
    private final GuildClient guilds;
    private final CurrentUser currentUser;

    ApiSettingsSummaries(SettingsService settings, GuildClient guilds, CurrentUser currentUser) {
        this.settings = settings;
        this.guilds = guilds;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<SettingsSummary> of(GuildId guildId) {
        GuildSettings current = settings.settings(guildId);
        String channel = current.notificationChannelId() == null ? null
                : guilds.channels(currentUser.apiSession(), guildId).stream()
                        .filter(c -> c.id().equals(current.notificationChannelId())).map(Channel::name)
                        .findFirst().orElse(null);
        String role = current.mentionRoleId() == null ? null
                : guilds.roles(currentUser.apiSession(), guildId).stream()
                        .filter(r -> r.id().equals(current.mentionRoleId())).map(Role::name)
                        .findFirst().orElse(null);
        return Optional.of(new SettingsSummary(current.trackingEnabled(), channel, role,
                SettingsSummary.Delivery.valueOf(current.delivery().name()), current.digestTime()));
    }
}
