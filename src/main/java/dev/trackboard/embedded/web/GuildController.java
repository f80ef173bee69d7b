package dev.trackboard.embedded.web;

import dev.trackboard.config.TrackboardProperties;
import dev.trackboard.embedded.ApiCaller;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.EmbeddedProperties;
import dev.trackboard.embedded.TrackingApi;
import dev.trackboard.embedded.access.AuthorizedGuild;
import dev.trackboard.embedded.access.GuildAccess;
import dev.trackboard.embedded.access.GuildAccessChecker;
import dev.trackboard.embedded.access.SessionGuildCache;
import dev.trackboard.embedded.bot.BotGuilds;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code /api/v1/guilds/**}: the caller's guilds, one guild, its channels and roles. */
@RestController
@RequestMapping("/api/v1/guilds")
@TrackingApi
@ConditionalOnEmbeddedMode
class GuildController {

    record GuildSummary(String id, String name, String iconUrl, int memberCount, boolean botInstalled,
                        GuildAccess access, String denial, String inviteUrl) { }

    record GuildDetail(String id, String name, String iconUrl, int memberCount, GuildAccess access, String botClientId,
                       String botJoinedAt, int channelCount, int roleCount) { }

    private final SessionGuildCache guildCache;
    private final GuildAccessChecker checker;
    private final BotGuilds bot;
    private final EmbeddedProperties embedded;
    private final TrackboardProperties properties;

    GuildController(SessionGuildCache guildCache, GuildAccessChecker checker, BotGuilds bot,
                    EmbeddedProperties embedded, TrackboardProperties properties) {
        this.guildCache = guildCache;
        this.checker = checker;
        this.bot = bot;
        this.embedded = embedded;
        this.properties = properties;
    }

    @GetMapping
    Items<GuildSummary> list(ApiCaller caller) {
        return new Items<>(checker.verdicts(guildCache.guilds(caller, false)).stream().map(verdict -> {
            var guild = verdict.guild();
            String denial = !verdict.access().canManage() ? "MISSING_PERMISSION"
                    : !verdict.botInstalled() ? "BOT_NOT_INSTALLED" : null;
            return new GuildSummary(guild.id(), guild.name(), iconUrl(guild.id(), guild.icon()),
                    guild.approximateMemberCount() == null ? 0 : guild.approximateMemberCount(),
                    verdict.botInstalled(), verdict.access(), denial,
                    "BOT_NOT_INSTALLED".equals(denial) ? inviteUrl(guild.id()) : null);
        }).toList());
    }

    @GetMapping("/{guildId}")
    GuildDetail get(AuthorizedGuild guild) {
        return new GuildDetail(guild.id(), guild.name(), iconUrl(guild.id(), guild.icon()), guild.memberCount(),
                guild.access(), embedded.botClientId(), guild.botJoinedAt().toString(),
                bot.channelCount(guild.id()), bot.roleCount(guild.id()));
    }

    @GetMapping("/{guildId}/channels")
    Items<BotGuilds.Channel> channels(AuthorizedGuild guild) {
        return new Items<>(bot.channels(guild.id()));
    }

    @GetMapping("/{guildId}/roles")
    Items<BotGuilds.Role> roles(AuthorizedGuild guild) {
        return new Items<>(bot.roles(guild.id()));
    }

    private String inviteUrl(String guildId) {
        return UriComponentsBuilder.fromUriString(properties.discord().authorizationUri())
                .queryParam("client_id", embedded.botClientId())
                .queryParam("scope", "bot applications.commands")
                .queryParam("guild_id", guildId)
                .queryParam("disable_guild_select", "true")
                .encode().build().toUriString();
    }

    private static String iconUrl(String guildId, String icon) {
        return icon == null ? null : "https://cdn.discordapp.com/icons/" + guildId + "/" + icon + ".png";
    }
}
