package dev.trackboard.embedded.settings;

import dev.trackboard.embedded.bot.BotGuilds;
import dev.trackboard.embedded.tracking.FieldCheck;
import dev.trackboard.embedded.tracking.Platform;
import java.math.BigInteger;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a settings body field by field against the guild as the bot sees it; every bad field is
 * named at once. The body is read as plain JSON values so that a wrong type ("minLikes": "ten") is a
 * field error like any other, not an unreadable request. Messages never repeat the value sent.
 */
final class SettingsValidation {

    private static final Set<String> CHANNEL_TYPES = Set.of("TEXT", "ANNOUNCEMENT");
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private final BotGuilds bot;

    SettingsValidation(BotGuilds bot) {
        this.bot = bot;
    }

    GuildSettings check(String guildId, Map<String, Object> body) {
        FieldCheck check = new FieldCheck();
        Fields fields = new Fields(body, check);
        Boolean tracking = fields.bool("trackingEnabled", true);
        String channel = channel(guildId, fields.snowflake("notificationChannelId"), check);
        String role = role(guildId, fields.snowflake("mentionRoleId"), fields.bool("mentionEveryoneConfirmed", false),
                check);
        List<String> platforms = platforms(fields.list("platforms"), check);
        GuildSettings.Delivery delivery = fields.choice("delivery", GuildSettings.Delivery.class);
        LocalTime digest = fields.time("digestTime");
        if (delivery == GuildSettings.Delivery.DAILY_DIGEST && digest == null && !check.failed("digestTime")) {
            check.fail("digestTime", "is required for a daily digest");
        } else if (delivery != null && delivery != GuildSettings.Delivery.DAILY_DIGEST && digest != null) {
            check.fail("digestTime", "is only set for a daily digest");
        }
        LocalTime quietFrom = fields.time("quietHoursFrom");
        LocalTime quietTo = fields.time("quietHoursTo");
        quietHours(quietFrom, quietTo, check);
        String zone = fields.text("timeZone", 64);
        if (zone != null && !ZONES.contains(zone)) {
            check.fail("timeZone", "must be an IANA time zone such as Europe/Berlin");
        }
        String template = fields.template("messageTemplate");
        Integer minLikes = fields.whole("minLikes", 0, GuildSettings.MIN_LIKES_MAX);
        Integer retention = fields.whole("retentionDays", GuildSettings.RETENTION_MIN, GuildSettings.RETENTION_MAX);
        check.throwIfFailed();
        return new GuildSettings(0, tracking, channel, role, platforms, delivery, digest, quietFrom, quietTo, zone,
                template, minLikes, retention, null, null);
    }

    private String channel(String guildId, String id, FieldCheck check) {
        if (id == null) {
            return null;
        }
        Optional<BotGuilds.Channel> channel = bot.channels(guildId).stream().filter(c -> c.id().equals(id)).findFirst();
        if (channel.isEmpty()) {
            check.fail("notificationChannelId", "no such channel in this server");
        } else if (!CHANNEL_TYPES.contains(channel.get().type())) {
            check.fail("notificationChannelId", "must be a text or announcement channel");
        }
        return id;
    }

    /** The @everyone role has the guild's id, as on Discord; pinging everyone needs an explicit yes. */
    private String role(String guildId, String id, Boolean everyoneConfirmed, FieldCheck check) {
        if (id == null) {
            return null;
        }
        Optional<BotGuilds.Role> role = bot.roles(guildId).stream().filter(r -> r.id().equals(id)).findFirst();
        if (role.isEmpty()) {
            check.fail("mentionRoleId", "no such role in this server");
        } else if (role.get().managed()) {
            check.fail("mentionRoleId", "belongs to a bot or integration and cannot be mentioned");
        } else if (id.equals(guildId) && !Boolean.TRUE.equals(everyoneConfirmed) && !check.failed("mentionEveryoneConfirmed")) {
            check.fail("mentionEveryoneConfirmed", "must be true to mention @everyone: every member is pinged");
        }
        return id;
    }

    private static List<String> platforms(List<?> raw, FieldCheck check) {
        if (raw == null) {
            return null;
        }
        EnumSet<Platform> chosen = EnumSet.noneOf(Platform.class);
        for (Object value : raw) {
            Optional<Platform> platform = value instanceof String text ? Platform.parse(text) : Optional.empty();
            if (platform.isEmpty()) {
                check.fail("platforms", "choose from " + Arrays.toString(Platform.values()));
                return null;
            }
            chosen.add(platform.get());
        }
        if (chosen.isEmpty()) {
            check.fail("platforms", "choose at least one platform (to stop tracking, turn tracking off)");
            return null;
        }
        return chosen.stream().map(Platform::name).toList();
    }

    private static void quietHours(LocalTime from, LocalTime to, FieldCheck check) {
        if (check.failed("quietHoursFrom") || check.failed("quietHoursTo")) {
            return;
        }
        if (from == null && to != null) {
            check.fail("quietHoursFrom", "is required when quiet hours end");
        } else if (from != null && to == null) {
            check.fail("quietHoursTo", "is required when quiet hours start");
        } else if (from != null && from.equals(to)) {
            check.fail("quietHoursTo", "must differ from the start");
        }
    }

    /** Reads one field of the body with its type, recording a field error for a wrong one. */
    private record Fields(Map<String, Object> body, FieldCheck check) {

        Boolean bool(String field, boolean required) {
            Object value = body.get(field);
            if (value == null) {
                if (required) {
                    check.fail(field, "is required");
                }
                return required ? null : Boolean.FALSE;
            }
            if (value instanceof Boolean bool) {
                return bool;
            }
            check.fail(field, "must be true or false");
            return null;
        }

        /** An optional id; null when absent or null. */
        String snowflake(String field) {
            Object value = body.get(field);
            if (value == null || value instanceof String text && text.isBlank()) {
                return null;
            }
            if (value instanceof String text && text.matches("[0-9]{17,20}")) {
                return text;
            }
            check.fail(field, "must be a Discord id (17 to 20 digits) or null");
            return null;
        }

        List<?> list(String field) {
            Object value = body.get(field);
            if (value instanceof List<?> list) {
                return list;
            }
            check.fail(field, value == null ? "is required" : "must be a list");
            return null;
        }

        <E extends Enum<E>> E choice(String field, Class<E> type) {
            Object value = body.get(field);
            if (value instanceof String text) {
                for (E constant : type.getEnumConstants()) {
                    if (constant.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                        return constant;
                    }
                }
            }
            check.fail(field, value == null ? "is required" : "choose from " + Arrays.toString(type.getEnumConstants()));
            return null;
        }

        /** An optional time of day, {@code HH:mm}. */
        LocalTime time(String field) {
            Object value = body.get(field);
            if (value == null || value instanceof String text && text.isBlank()) {
                return null;
            }
            LocalTime time = value instanceof String text ? SettingsTimes.parse(text.strip()) : null;
            if (time == null) {
                check.fail(field, "must be a time of day as HH:mm (00:00 to 23:59)");
            }
            return time;
        }

        String text(String field, int max) {
            Object value = body.get(field);
            if (value != null && !(value instanceof String)) {
                check.fail(field, "must be a string");
                return null;
            }
            return check.text(field, (String) value, max);
        }

        /** Line breaks and tabs are part of a message; other control characters are not. HTML is just text. */
        String template(String field) {
            Object value = body.get(field);
            if (!(value instanceof String text) || text.isBlank()) {
                check.fail(field, value == null || value instanceof String ? "is required" : "must be a string");
                return null;
            }
            if (text.chars().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)) {
                check.fail(field, "must not contain control characters other than line breaks and tabs");
                return null;
            }
            MessageTemplate.Check rendered = MessageTemplate.check(text);
            if (rendered.problem() != null) {
                check.fail(field, rendered.problem());
                return null;
            }
            return text;
        }

        Integer whole(String field, int min, int max) {
            Object value = body.get(field);
            if (value == null) {
                check.fail(field, "is required");
                return null;
            }
            boolean integral = value instanceof Integer || value instanceof Long || value instanceof BigInteger;
            if (integral && new BigInteger(value.toString()).compareTo(BigInteger.valueOf(min)) >= 0
                    && new BigInteger(value.toString()).compareTo(BigInteger.valueOf(max)) <= 0) {
                return ((Number) value).intValue();
            }
            check.fail(field, String.format(Locale.ROOT, "must be a whole number from %,d to %,d", min, max));
            return null;
        }
    }
}
