package dev.trackboard.embedded.settings;

import dev.trackboard.embedded.ApiCaller;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.TrackingApi;
import dev.trackboard.embedded.access.AuthorizedGuild;
import dev.trackboard.embedded.bot.BotGuilds;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/guilds/{guildId}/settings}: the guild's settings with their version as a strong
 * ETag ({@code "7"}, also in the body as {@code version}). A PUT must send it back in {@code If-Match}:
 * 428 without one, 412 when someone saved since. The answer carries the setup's health warnings, so
 * a saved channel where the bot may not post is a warning, never a refusal.
 */
@RestController
@RequestMapping("/api/v1/guilds/{guildId}/settings")
@TrackingApi
@ConditionalOnEmbeddedMode
class SettingsController {

    record SettingsAnswer(long version, boolean trackingEnabled, String notificationChannelId, String mentionRoleId,
                          boolean mentionEveryoneConfirmed, List<String> platforms, String delivery, String digestTime,
                          String quietHoursFrom, String quietHoursTo, String timeZone, String messageTemplate,
                          int minLikes, int retentionDays, Instant updatedAt, String updatedBy,
                          List<SettingsHealth.Warning> health) {

        static SettingsAnswer of(String guildId, GuildSettings s, List<SettingsHealth.Warning> health) {
            return new SettingsAnswer(s.version(), s.trackingEnabled(), s.notificationChannelId(), s.mentionRoleId(),
                    guildId.equals(s.mentionRoleId()), s.platforms(), s.delivery().name(),
                    SettingsTimes.format(s.digestTime()), SettingsTimes.format(s.quietHoursFrom()),
                    SettingsTimes.format(s.quietHoursTo()), s.timeZone(), s.messageTemplate(), s.minLikes(),
                    s.retentionDays(), s.updatedAt(), s.updatedBy(), health);
        }
    }

    private final GuildSettingsStore store;
    private final SettingsHealth health;
    private final SettingsValidation validation;

    SettingsController(GuildSettingsStore store, SettingsHealth health, BotGuilds bot) {
        this.store = store;
        this.health = health;
        this.validation = new SettingsValidation(bot);
    }

    @GetMapping
    ResponseEntity<SettingsAnswer> get(AuthorizedGuild guild) {
        return answer(guild.id(), store.current(guild.id()));
    }

    @PutMapping
    ResponseEntity<SettingsAnswer> put(AuthorizedGuild guild, ApiCaller caller,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       @RequestBody Map<String, Object> body) {
        long basedOn = SettingsVersionTag.basedOn(ifMatch);
        GuildSettings valid = validation.check(guild.id(), body);
        return answer(guild.id(), store.replace(guild.id(), guild.name(), caller.userId(), basedOn, valid));
    }

    private ResponseEntity<SettingsAnswer> answer(String guildId, GuildSettings settings) {
        return ResponseEntity.ok().eTag(SettingsVersionTag.of(settings.version()))
                .body(SettingsAnswer.of(guildId, settings, health.of(guildId, settings)));
    }
}
