package dev.trackboard.api.settings;

import java.io.Serializable;

/**
 * Something wrong with the setup that a setting fixes: {@code code} (TRACKING_DISABLED,
 * NOTIFICATION_CHANNEL_MISSING, NOTIFICATION_CHANNEL_DELETED, BOT_MISSING_PERMISSION,
 * MENTION_ROLE_DELETED, or one this client does not know yet) and the settings {@code field} to open.
 */
public record SettingsWarning(String code, String severity, String field, String channelId, String channelName,
                              String roleId, String roleName, String permission) implements Serializable {
}
