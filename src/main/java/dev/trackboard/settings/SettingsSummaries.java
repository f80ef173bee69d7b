package dev.trackboard.settings;

import dev.trackboard.api.GuildId;
import java.util.Optional;

/**
 * Where the overview's settings summary comes from. Called off the session lock, like any API
 * call. Empty while a guild has no settings (today: always, because the Tracking API has no
 * settings yet); the settings feature replaces {@link NoSettingsYet} with one that reads them.
 */
public interface SettingsSummaries {

    Optional<SettingsSummary> of(GuildId guildId);
}
