package dev.trackboard.status.ui;

import dev.trackboard.api.status.HealthWarning;

/**
 * What the administrator can do about a warning: a label and the parts of the overview that help,
 * the first one present being the one shown. Until settings can be changed in Trackboard, a
 * missing channel leads to the server's channels (decision 0070); the settings screen takes over
 * when it exists.
 */
record HealthAction(String labelKey, String... sectionIds) {

    static HealthAction forWarning(HealthWarning warning) {
        return switch (warning.code()) {
            case "NOTIFICATION_CHANNEL_MISSING" -> new HealthAction("health.action.channels", OverviewSections.CHANNELS);
            case "BOT_MISSING_PERMISSION" -> warning.channelId() == null
                    ? new HealthAction("health.action.channels", OverviewSections.CHANNELS)
                    : new HealthAction("health.action.channel", OverviewSections.channel(warning.channelId()),
                            OverviewSections.CHANNELS);
            case "QUOTA_NEARLY_USED", "QUOTA_EXCEEDED" -> new HealthAction("health.action.usage", OverviewSections.USAGE);
            default -> botStatus();
        };
    }

    /** For the bot being offline or degraded, and for problems this version cannot name. */
    static HealthAction botStatus() {
        return new HealthAction("health.action.status", OverviewSections.STATUS_PANEL);
    }
}
