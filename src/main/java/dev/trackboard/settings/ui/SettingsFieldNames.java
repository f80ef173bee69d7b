package dev.trackboard.settings.ui;

import java.util.Set;

/** The API's names of the settings (the components of SettingsDraft), for ?field= and field errors. */
final class SettingsFieldNames {

    static final Set<String> ALL = Set.of("trackingEnabled", "notificationChannelId", "mentionRoleId",
            "mentionEveryoneConfirmed", "platforms", "delivery", "digestTime", "quietHoursFrom", "quietHoursTo",
            "timeZone", "messageTemplate", "minLikes", "retentionDays");

    /** Warning codes the bundle has a text for. */
    static final Set<String> KNOWN_WARNINGS = Set.of("TRACKING_DISABLED", "NOTIFICATION_CHANNEL_MISSING",
            "NOTIFICATION_CHANNEL_DELETED", "BOT_MISSING_PERMISSION", "MENTION_ROLE_DELETED");

    private SettingsFieldNames() {
    }
}
