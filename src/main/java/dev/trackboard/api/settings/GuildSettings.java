package dev.trackboard.api.settings;

import dev.trackboard.api.tracking.Platform;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A guild's settings as the API answers them, at {@code version} (0: never saved, the defaults).
 * Times of day are in the guild's {@code timeZone}. {@code health}: what is wrong with the setup now.
 */
public record GuildSettings(long version, boolean trackingEnabled, String notificationChannelId, String mentionRoleId,
                            boolean mentionEveryoneConfirmed, Set<Platform> platforms, Delivery delivery,
                            LocalTime digestTime, LocalTime quietHoursFrom, LocalTime quietHoursTo, String timeZone,
                            String messageTemplate, int minLikes, int retentionDays, Instant updatedAt,
                            String updatedBy, List<SettingsWarning> health) implements Serializable {

    /** The values as a draft to edit (a copy: what the form binds to). */
    public SettingsDraft draft() {
        return new SettingsDraft(trackingEnabled, notificationChannelId, mentionRoleId, mentionEveryoneConfirmed,
                platforms, delivery, digestTime, quietHoursFrom, quietHoursTo, timeZone, messageTemplate, minLikes,
                retentionDays);
    }
}
