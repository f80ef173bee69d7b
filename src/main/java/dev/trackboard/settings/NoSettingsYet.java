package dev.trackboard.settings;

import dev.trackboard.api.GuildId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Until the Tracking API serves guild settings, no guild has any: the overview says "not
 * configured" and offers nothing that would lead to a missing screen.
 */
@Component
class NoSettingsYet implements SettingsSummaries {

    @Override
    public Optional<SettingsSummary> of(GuildId guildId) {
        return Optional.empty();
    }
}
