package dev.trackboard.embedded.status;

import dev.trackboard.embedded.ApiProblem;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.TrackingApi;
import dev.trackboard.embedded.access.AuthorizedGuild;
import dev.trackboard.embedded.bot.BotGuilds;
import dev.trackboard.embedded.settings.SettingsHealth;
import dev.trackboard.embedded.web.Items;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/guilds/{guildId}/status|usage|health}: the bot in one guild (guarded by GuildScope). */
@RestController
@RequestMapping("/api/v1/guilds/{guildId}")
@TrackingApi
@ConditionalOnEmbeddedMode
class BotStatusController {


    record Usage(List<BotUsage.Day> days, BotUsage.Quota quota) { }

    /** {@code field}: the settings field that fixes it; roleId/roleName: the role it is about. */
    record HealthWarning(String code, String severity, String field, String channelId, String channelName,
                         String roleId, String roleName, String permission) {

        static HealthWarning of(SettingsHealth.Warning w) {
            return new HealthWarning(w.code(), w.severity(), w.field(), w.channelId(), w.channelName(), w.roleId(),
                    w.roleName(), w.permission());
        }
    }

    static final double QUOTA_WARNING_SHARE = 0.8;

    private final BotStatusBoard board;
    private final BotUsage usage;
    private final BotGuilds bot;
    private final SettingsHealth settingsHealth;

    BotStatusController(BotStatusBoard board, BotUsage usage, BotGuilds bot, SettingsHealth settingsHealth) {
        this.board = board;
        this.usage = usage;
        this.bot = bot;
        this.settingsHealth = settingsHealth;
    }

    @GetMapping("/status")
    LiveStatus status(AuthorizedGuild guild) {
        return board.current(guild.id()).orElseThrow(ApiProblem::notFound);
    }

    @GetMapping("/status/history")
    Items<BotStatusBoard.Segment> history(AuthorizedGuild guild, @RequestParam(defaultValue = "24") int hours) {
        if (hours < 1 || hours > 168) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "hours must be between 1 and 168.");
        }
        Instant now = Instant.now();
        return new Items<>(board.history(guild.id(), now.minus(Duration.ofHours(hours)), now));
    }

    @GetMapping("/usage")
    Usage usage(AuthorizedGuild guild, @RequestParam(defaultValue = "30") int days) {
        if (days < 1 || days > 90) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "days must be between 1 and 90.");
        }
        Instant now = Instant.now();
        return new Usage(usage.days(guild.id(), now, days), usage.quota(guild.id(), now));
    }

    @GetMapping("/health")
    Items<HealthWarning> health(AuthorizedGuild guild) {
        Map<String, String> channelNames = bot.channels(guild.id()).stream()
                .collect(Collectors.toMap(BotGuilds.Channel::id, BotGuilds.Channel::name, (a, b) -> a));
        // the setup's findings come from the settings (issue 10); the bot may report others of its own
        List<HealthWarning> warnings = new ArrayList<>(settingsHealth.of(guild.id()).stream().map(HealthWarning::of).toList());
        usage.issues(guild.id()).stream().map(issue ->
                new HealthWarning(issue.code(), "WARNING", null, issue.channelId(),
                        issue.channelId() == null ? null : channelNames.get(issue.channelId()), null, null,
                        issue.permission()))
                .forEach(warnings::add);
        BotUsage.Quota quota = usage.quota(guild.id(), Instant.now());
        if (quota.used() >= quota.limit()) {
            warnings.add(new HealthWarning("QUOTA_EXCEEDED", "ERROR", null, null, null, null, null, null));
        } else if (quota.used() >= quota.limit() * QUOTA_WARNING_SHARE) {
            warnings.add(new HealthWarning("QUOTA_NEARLY_USED", "WARNING", null, null, null, null, null, null));
        }
        return new Items<>(warnings);
    }
}
