package dev.trackboard.settings;

import dev.trackboard.api.GuildId;
import dev.trackboard.api.audit.AuditClient;
import dev.trackboard.api.audit.AuditEntry;
import dev.trackboard.api.audit.AuditQuery;
import dev.trackboard.api.settings.GuildSettings;
import dev.trackboard.api.settings.SettingsClient;
import dev.trackboard.api.settings.SettingsDraft;
import dev.trackboard.security.CurrentUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A guild's settings for the signed-in user, always for the guild in the URL and with the user's own
 * API session (the API checks the guild on every call). Saving names the version the admin loaded:
 * when someone saved since, it fails with {@code TrackingApiException.Conflict} and nothing is
 * overwritten.
 */
@Service
public class SettingsService {

    /** Settings audit entries: the action and target type the API writes for a save (decision 0100). */
    static final String SAVED = "SETTINGS_UPDATED";
    static final String TARGET = "SETTINGS";
    /** At most this many saves are listed (the API's page limit); more are counted, not shown. */
    static final int MAX_SAVES = 200;

    private final SettingsClient api;
    private final AuditClient audit;
    private final CurrentUser currentUser;

    SettingsService(SettingsClient api, AuditClient audit, CurrentUser currentUser) {
        this.api = api;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    public GuildSettings settings(GuildId guildId) {
        return api.settings(currentUser.apiSession(), guildId);
    }

    /** Whether {@code userId} (a version's {@code updatedBy}) is the signed-in user: "you", not an id, on screen. */
    public boolean isSignedIn(String userId) {
        return currentUser.find().map(user -> user.id().equals(userId)).orElse(false);
    }

    /**
     * Who saved what after {@code mine} up to {@code theirs} (a later version), from the audit trail.
     * A version's {@code updatedAt} is the time of the audit entry that made it, so these are the
     * settings entries after mine's time up to theirs' (decision 0112); a save after theirs is not
     * among them, even when it comes in while this is read.
     */
    public SettingsSaves savesBetween(GuildId guildId, GuildSettings mine, GuildSettings theirs) {
        long between = theirs.version() - mine.version();
        if (between <= 0 || theirs.updatedAt() == null) {
            return new SettingsSaves(List.of(), 0);
        }
        Instant after = mine.updatedAt() == null ? null : mine.updatedAt().plusNanos(1);
        AuditQuery query = new AuditQuery(null, SAVED, TARGET, null, after, theirs.updatedAt().plusNanos(1));
        int limit = (int) Math.min(between, MAX_SAVES);
        List<AuditEntry> newestFirst = audit.page(currentUser.apiSession(), guildId, query, null, limit).items();
        List<AuditEntry> saves = new ArrayList<>(newestFirst);
        Collections.reverse(saves);
        return new SettingsSaves(saves, Math.max(0, between - saves.size()));
    }

    /** The settings as saved (a new version, or the same one when nothing changed). */
    public GuildSettings save(GuildId guildId, long basedOnVersion, SettingsDraft draft) {
        return api.save(currentUser.apiSession(), guildId, basedOnVersion, draft);
    }
}
