package dev.trackboard.settings.ui;

import dev.trackboard.api.TrackingApiException;
import dev.trackboard.api.audit.AuditEntry;
import dev.trackboard.api.settings.GuildSettings;
import dev.trackboard.settings.SettingsSaves;
import dev.trackboard.settings.SettingsService;

/**
 * What the conflict dialog shows after a 412: their version, and the saves since mine from the audit
 * trail ({@code saves} null when the trail could not be read: the dialog says so and keeps its
 * choices, which need only their version).
 */
record SettingsConflict(GuildSettings theirs, SettingsSaves saves) {

    /** Reads both with the user's API session; call it off the session lock. */
    static SettingsConflict read(SettingsService service, SettingsState mine) {
        GuildSettings theirs = service.settings(mine.guildId());
        try {
            return new SettingsConflict(theirs, service.savesBetween(mine.guildId(), mine.settings(), theirs));
        } catch (TrackingApiException.SessionEnded ended) {
            throw ended;
        } catch (TrackingApiException unreadable) {
            return new SettingsConflict(theirs, null);
        }
    }

    /** The name of who saved their version when the trail says so (never for the signed-in user), else null. */
    String lastSaverName(SettingsService service) {
        if (saves == null || saves.saves().isEmpty() || service.isSignedIn(theirs.updatedBy())) {
            return null;
        }
        AuditEntry last = saves.saves().getLast();
        return last.actor().id().equals(theirs.updatedBy()) ? last.actor().name() : null;
    }
}
