package dev.trackboard.embedded.settings;

import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A guild's settings as stored and answered. Times of day are in the guild's {@code timeZone};
 * {@code version} 0 means the guild never saved any (these are the defaults).
 */
record GuildSettings(long version, boolean trackingEnabled, String notificationChannelId, String mentionRoleId,
                     List<String> platforms, Delivery delivery, LocalTime digestTime, LocalTime quietHoursFrom,
                     LocalTime quietHoursTo, String timeZone, String messageTemplate, int minLikes, int retentionDays,
                     Instant updatedAt, String updatedBy) {

    enum Delivery {
        INSTANT, HOURLY_DIGEST, DAILY_DIGEST
    }

    static final int MIN_LIKES_MAX = 1_000_000;
    static final int RETENTION_MIN = 7;
    static final int RETENTION_MAX = 365;

    /** What a guild that never saved its settings has: tracking on, every platform, nowhere to post yet. */
    static GuildSettings defaults() {
        return new GuildSettings(0, true, null, null,
                List.of("X", "INSTAGRAM", "TIKTOK", "YOUTUBE", "TWITCH", "BLUESKY"), Delivery.INSTANT, null, null, null,
                "UTC", MessageTemplate.DEFAULT, 0, 90, null, null);
    }

    /** The fields an admin sets, by their API names, for the audit trail's before/after. */
    Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("trackingEnabled", trackingEnabled);
        fields.put("notificationChannelId", notificationChannelId);
        fields.put("mentionRoleId", mentionRoleId);
        fields.put("platforms", platforms);
        fields.put("delivery", delivery.name());
        fields.put("digestTime", SettingsTimes.format(digestTime));
        fields.put("quietHoursFrom", SettingsTimes.format(quietHoursFrom));
        fields.put("quietHoursTo", SettingsTimes.format(quietHoursTo));
        fields.put("timeZone", timeZone);
        fields.put("messageTemplate", messageTemplate);
        fields.put("minLikes", minLikes);
        fields.put("retentionDays", retentionDays);
        return fields;
    }

    GuildSettings saved(long newVersion, Instant at, String by) {
        return new GuildSettings(newVersion, trackingEnabled, notificationChannelId, mentionRoleId, platforms, delivery,
                digestTime, quietHoursFrom, quietHoursTo, timeZone, messageTemplate, minLikes, retentionDays, at, by);
    }
}
