package dev.trackboard.embedded.settings;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.bot.BotGuilds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What is wrong with a guild's setup, derived from its settings and the guild as the bot sees it
 * now (so a deleted channel or role shows at once, and a fixed setting clears its warning at once).
 * Each warning names the settings {@code field} that fixes it.
 */
@Component
@ConditionalOnEmbeddedMode
public class SettingsHealth {

    /** Permissions the bot needs in the notification channel, in the order they are reported. */
    static final List<String> NEEDED = List.of("SEND_MESSAGES", "EMBED_LINKS");

    public record Warning(String code, String severity, String field, String channelId, String channelName,
                          String roleId, String roleName, String permission) {

        static Warning of(String code, String field) {
            return new Warning(code, "WARNING", field, null, null, null, null, null);
        }
    }

    private final GuildSettingsStore settings;
    private final BotGuilds bot;
    private final JdbcClient jdbc;

    SettingsHealth(GuildSettingsStore settings, BotGuilds bot, JdbcClient embeddedJdbcClient) {
        this.settings = settings;
        this.bot = bot;
        this.jdbc = embeddedJdbcClient;
    }

    public List<Warning> of(String guildId) {
        return of(guildId, settings.current(guildId));
    }

    /**
     * Whether the bot announces new posts: tracking is on and it can send messages in an existing
     * notification channel (without Embed Links it still sends, as plain text).
     */
    public boolean notifies(String guildId) {
        return of(guildId).stream().noneMatch(warning -> switch (warning.code()) {
            case "TRACKING_DISABLED", "NOTIFICATION_CHANNEL_MISSING", "NOTIFICATION_CHANNEL_DELETED" -> true;
            case "BOT_MISSING_PERMISSION" -> "SEND_MESSAGES".equals(warning.permission());
            default -> false;
        });
    }

    List<Warning> of(String guildId, GuildSettings current) {
        List<Warning> warnings = new ArrayList<>();
        if (!current.trackingEnabled()) {
            warnings.add(Warning.of("TRACKING_DISABLED", "trackingEnabled"));
        }
        String channelId = current.notificationChannelId();
        Optional<BotGuilds.Channel> channel = channelId == null ? Optional.empty()
                : bot.channels(guildId).stream().filter(c -> c.id().equals(channelId)).findFirst();
        if (channelId == null) {
            warnings.add(Warning.of("NOTIFICATION_CHANNEL_MISSING", "notificationChannelId"));
        } else if (channel.isEmpty()) {
            warnings.add(new Warning("NOTIFICATION_CHANNEL_DELETED", "WARNING", "notificationChannelId", channelId,
                    null, null, null, null));
        } else {
            List<String> missing = jdbc.sql("SELECT permission FROM bot_channel_missing_permission WHERE channel_id = ?")
                    .param(channelId).query(String.class).list();
            NEEDED.stream().filter(missing::contains).forEach(permission -> warnings.add(new Warning(
                    "BOT_MISSING_PERMISSION", "WARNING", "notificationChannelId", channelId, channel.get().name(),
                    null, null, permission)));
        }
        String roleId = current.mentionRoleId();
        if (roleId != null && bot.roles(guildId).stream().noneMatch(role -> role.id().equals(roleId))) {
            warnings.add(new Warning("MENTION_ROLE_DELETED", "WARNING", "mentionRoleId", null, null, roleId, null, null));
        }
        return warnings;
    }
}
