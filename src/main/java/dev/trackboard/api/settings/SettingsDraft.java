package dev.trackboard.api.settings;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.trackboard.api.tracking.Platform;
import java.io.Serializable;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * What an admin sends for a guild's settings (the whole set: a PUT replaces them). The API checks
 * every field against the guild and names each bad one. Times are kept to the minute, as the API
 * takes them.
 */
public record SettingsDraft(boolean trackingEnabled, String notificationChannelId, String mentionRoleId,
                            boolean mentionEveryoneConfirmed, Set<Platform> platforms, Delivery delivery,
                            @JsonFormat(pattern = "HH:mm") LocalTime digestTime,
                            @JsonFormat(pattern = "HH:mm") LocalTime quietHoursFrom,
                            @JsonFormat(pattern = "HH:mm") LocalTime quietHoursTo, String timeZone,
                            String messageTemplate, int minLikes, int retentionDays) implements Serializable {

    public SettingsDraft {
        platforms = platforms == null ? Set.of() : Set.copyOf(platforms);
        digestTime = minutes(digestTime);
        quietHoursFrom = minutes(quietHoursFrom);
        quietHoursTo = minutes(quietHoursTo);
    }

    private static LocalTime minutes(LocalTime time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.MINUTES);
    }
}
