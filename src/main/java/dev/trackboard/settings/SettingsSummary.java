package dev.trackboard.settings;

import java.io.Serializable;
import java.time.LocalTime;

/**
 * What the overview says about a guild's settings: whether the bot tracks, where it posts, whom it
 * mentions and how it delivers. Names, not ids, because the overview only shows them; a null name
 * means the setting is not set.
 */
public record SettingsSummary(boolean trackingEnabled, String notificationChannelName, String mentionRoleName,
                              Delivery delivery, LocalTime digestTime) implements Serializable {

    /** How notifications go out: one per post, or collected into a digest. */
    public enum Delivery {
        INSTANT, HOURLY_DIGEST, DAILY_DIGEST
    }
}
