package dev.trackboard.settings.ui;

import com.vaadin.flow.component.Component;
import dev.trackboard.api.guild.Channel;
import dev.trackboard.api.guild.Role;
import dev.trackboard.api.tracking.Platform;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A setting's value from the audit trail (text as the API stored it: ids, enum names, a JSON list of
 * platforms) in the screen's words: channels and roles by their names in the guild, platforms and
 * delivery in the bundle's words, on/off, and "not set" for nothing. Never an API string as such:
 * a value the screen does not know shows as "another value".
 */
final class SettingsValueWords {

    /** Longer templates are cut: the dialog lists changes, it does not show whole messages. */
    static final int TEMPLATE_CHARS = 80;

    private final Component on;
    private final SettingsState guild;

    /** {@code on}: the component whose locale to use; {@code guild}: its channels and roles, for names. */
    SettingsValueWords(Component on, SettingsState guild) {
        this.on = on;
        this.guild = guild;
    }

    String of(String field, String value) {
        if (value == null || value.isBlank()) {
            return on.getTranslation(switch (field) {
                case "notificationChannelId" -> "settings.channel.none";
                case "mentionRoleId" -> "settings.role.none";
                default -> "settings.value.none";
            });
        }
        return switch (field) {
            case "trackingEnabled" -> on.getTranslation(Boolean.parseBoolean(value) ? "settings.value.on" : "settings.value.off");
            case "notificationChannelId" -> guild.channels().stream().filter(c -> c.id().equals(value)).findFirst()
                    .map(Channel::name).map(name -> "#" + name).orElseGet(() -> on.getTranslation("settings.channel.deleted"));
            case "mentionRoleId" -> role(value);
            case "platforms" -> platforms(value);
            case "delivery" -> known(value, "settings.delivery.", "INSTANT", "HOURLY_DIGEST", "DAILY_DIGEST");
            case "messageTemplate" -> value.length() <= TEMPLATE_CHARS ? value : value.substring(0, TEMPLATE_CHARS) + "…";
            case "digestTime", "quietHoursFrom", "quietHoursTo" -> value.matches("\\d{2}:\\d{2}") ? value : other();
            case "timeZone", "minLikes", "retentionDays" -> value;
            default -> other();
        };
    }

    private String role(String id) {
        if (id.equals(guild.everyoneRoleId())) {
            return "@everyone";
        }
        return guild.roles().stream().filter(r -> r.id().equals(id)).findFirst().map(Role::name).map(name -> "@" + name)
                .orElseGet(() -> on.getTranslation("settings.role.deleted"));
    }

    /** A JSON list of platform names, e.g. {@code ["X","YOUTUBE"]}. */
    private String platforms(String list) {
        return Arrays.stream(list.replaceAll("[\\[\\]\"\\s]", "").split(",")).filter(name -> !name.isEmpty())
                .map(name -> Arrays.stream(Platform.values()).anyMatch(p -> p.name().equals(name))
                        ? on.getTranslation("tracking.platform." + name) : null)
                .map(words -> Objects.requireNonNullElseGet(words, this::other)).collect(Collectors.joining(", "));
    }

    private String known(String value, String prefix, String... names) {
        return Arrays.asList(names).contains(value) ? on.getTranslation(prefix + value) : other();
    }

    private String other() {
        return on.getTranslation("settings.value.other");
    }
}
