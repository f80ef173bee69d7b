package dev.trackboard.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Map;

/**
 * The bundle keys of names the API spells in its own vocabulary and that more than one screen shows
 * as values (the audit log's changes, an export's filters, which the audit log shows too): one table
 * each, so both say the same word and a new action is added once.
 */
public final class ApiVocabulary {

    public static final Map<String, String> PLATFORMS = Map.of(
            "X", "tracking.platform.X", "INSTAGRAM", "tracking.platform.INSTAGRAM",
            "TIKTOK", "tracking.platform.TIKTOK", "YOUTUBE", "tracking.platform.YOUTUBE",
            "TWITCH", "tracking.platform.TWITCH", "BLUESKY", "tracking.platform.BLUESKY");
    public static final Map<String, String> ACCOUNT_STATUSES = Map.of(
            "ACTIVE", "tracking.status.ACTIVE", "PAUSED", "tracking.status.PAUSED");
    /** The audit trail's actions: an open set (a name not here gets a general word, see AuditWords). */
    public static final Map<String, String> AUDIT_ACTIONS = Map.ofEntries(
            Map.entry("ACCOUNT_CREATED", "audit.action.ACCOUNT_CREATED"),
            Map.entry("ACCOUNT_UPDATED", "audit.action.ACCOUNT_UPDATED"),
            Map.entry("ACCOUNT_DELETED", "audit.action.ACCOUNT_DELETED"),
            Map.entry("ACCOUNT_PAUSED", "audit.action.ACCOUNT_PAUSED"),
            Map.entry("ACCOUNT_RESUMED", "audit.action.ACCOUNT_RESUMED"),
            Map.entry("BRAND_CREATED", "audit.action.BRAND_CREATED"),
            Map.entry("BRAND_UPDATED", "audit.action.BRAND_UPDATED"),
            Map.entry("BRAND_DELETED", "audit.action.BRAND_DELETED"),
            Map.entry("SETTINGS_UPDATED", "audit.action.SETTINGS_UPDATED"),
            Map.entry("EXPORT_REQUESTED", "audit.action.EXPORT_REQUESTED"),
            Map.entry("EXPORT_CANCELLED", "audit.action.EXPORT_CANCELLED"),
            Map.entry("EXPORT_DOWNLOADED", "audit.action.EXPORT_DOWNLOADED"));
    public static final Map<String, String> AUDIT_TARGETS = Map.of(
            "ACCOUNT", "audit.target.ACCOUNT",
            "BRAND", "audit.target.BRAND",
            "SETTINGS", "audit.target.SETTINGS",
            "EXPORT", "audit.target.EXPORT");

    private ApiVocabulary() {
    }

    /** The word for {@code value} if {@code keys} knows it, else the value as it is (user data, or a name added since). */
    public static String word(Component words, Map<String, String> keys, String value) {
        String key = keys.get(value);
        return key == null ? value : words.getTranslation(key);
    }
}
