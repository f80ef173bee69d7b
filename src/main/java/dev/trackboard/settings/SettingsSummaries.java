package dev.trackboard.settings;

import dev.trackboard.api.GuildId;
import java.util.Optional;

/**
 * Where the overview's settings summary comes from ({@link ApiSettingsSummaries}: the guild's
 * settings from the API). Called off the session lock, like any API call. Empty when a guild has no
 * settings to summarise; through the API every guild has some (its defaults until first saved).
 */
public interface SettingsSummaries {

    Optional<SettingsSummary> of(GuildId guildId);
}
