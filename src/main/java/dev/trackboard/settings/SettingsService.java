package dev.trackboard.settings;

import dev.trackboard.api.GuildId;
import dev.trackboard.api.settings.GuildSettings;
import dev.trackboard.api.settings.SettingsClient;
import dev.trackboard.api.settings.SettingsDraft;
import dev.trackboard.security.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * A guild's settings for the signed-in user, always for the guild in the URL and with the user's own
 * API session (the API checks the guild on every call). Saving names the version the admin loaded:
 * when someone saved since, it fails with {@code TrackingApiException.Conflict} and nothing is
 * overwritten.
 */
@Service
public class SettingsService {

    private final SettingsClient api;
    private final CurrentUser currentUser;

    SettingsService(SettingsClient api, CurrentUser currentUser) {
        this.api = api;
        this.currentUser = currentUser;
    }

    public GuildSettings settings(GuildId guildId) {
        return api.settings(currentUser.apiSession(), guildId);
    }

    /** Whether {@code userId} (a version's {@code updatedBy}) is the signed-in user: "you", not an id, on screen. */
    public boolean isSignedIn(String userId) {
        return currentUser.find().map(user -> user.id().equals(userId)).orElse(false);
    }

    /** The settings as saved (a new version, or the same one when nothing changed). */
    public GuildSettings save(GuildId guildId, long basedOnVersion, SettingsDraft draft) {
        return api.save(currentUser.apiSession(), guildId, basedOnVersion, draft);
    }
}
