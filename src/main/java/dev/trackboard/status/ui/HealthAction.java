package dev.trackboard.status.ui;

import dev.trackboard.api.status.HealthWarning;
import java.util.Set;

/**
 * What the administrator can do about a warning: a label and either the setting that fixes it
 * ({@code settingsField}, opened on the settings screen) or the parts of the overview that help,
 * the first one present being the one shown. Every warning the API ties to a setting leads there
 * (decision 0111); the rest lead to the overview's channels, usage or status.
 */
record HealthAction(String labelKey, String settingsField, String... sectionIds) {

    /** Leads to the first of {@code sectionIds} on the overview. */
    static HealthAction jump(String labelKey, String... sectionIds) {
        return new HealthAction(labelKey, null, sectionIds);
    }

    /** The warnings with a label of their own for the setting that fixes them. */
    private static final Set<String> SETTING_CODES = Set.of("TRACKING_DISABLED", "NOTIFICATION_CHANNEL_MISSING",
            "NOTIFICATION_CHANNEL_DELETED", "BOT_MISSING_PERMISSION", "MENTION_ROLE_DELETED");

    static HealthAction forWarning(HealthWarning warning) {
        if (warning.field() != null) {
            String label = SETTING_CODES.contains(warning.code()) ? "health.action.setting." + warning.code()
                    : "health.action.settings";
            return new HealthAction(label, warning.field(), new String[0]);
        }
        return switch (warning.code()) {
            case "NOTIFICATION_CHANNEL_MISSING" -> jump("health.action.channels", OverviewSections.CHANNELS);
            case "BOT_MISSING_PERMISSION" -> warning.channelId() == null
                    ? jump("health.action.channels", OverviewSections.CHANNELS)
                    : jump("health.action.channel", OverviewSections.channel(warning.channelId()),
                            OverviewSections.CHANNELS);
            case "QUOTA_NEARLY_USED", "QUOTA_EXCEEDED" -> jump("health.action.usage", OverviewSections.USAGE);
            default -> botStatus();
        };
    }

    /** For the bot being offline or degraded, and for problems this version cannot name. */
    static HealthAction botStatus() {
        return jump("health.action.status", OverviewSections.STATUS_PANEL);
    }
}
