package dev.trackboard.embedded.access;

import dev.trackboard.embedded.ApiCaller;
import dev.trackboard.embedded.ApiProblem;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.bot.BotGuilds;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The one place that decides whether the caller may open a guild. Every failure is the same
 * 404 as for a guild that does not exist; when Discord cannot be asked, nothing is granted (503).
 */
@Component
@ConditionalOnEmbeddedMode
public class GuildAccessChecker {

    public static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{17,20}");

    /** A guild of the caller's Discord guild list, with the API's verdict. */
    public record GuildVerdict(DiscordUserClient.DiscordGuild guild, GuildAccess access, boolean botInstalled) {
        public boolean mayOpen() {
            return GuildPermissionRule.mayOpen(botInstalled, guild.owner(), guild.permissions());
        }
    }

    private final SessionGuildCache cache;
    private final BotGuilds bot;

    GuildAccessChecker(SessionGuildCache cache, BotGuilds bot) {
        this.cache = cache;
        this.bot = bot;
    }

    /**
     * @param fresh ask Discord now rather than use data up to permission-max-age (20 s) old (every write does)
     * @throws ApiProblem 404 when the caller may not open the guild, 503 when Discord is unreachable
     */
    public AuthorizedGuild authorize(ApiCaller caller, String guildId, boolean fresh) {
        if (guildId == null || !SNOWFLAKE.matcher(guildId).matches() || !caller.guildIds().contains(guildId)) {
            throw ApiProblem.notFound();
        }
        Optional<Instant> botJoinedAt = bot.joinedAt(guildId);
        if (botJoinedAt.isEmpty()) {
            throw ApiProblem.notFound(); // no Discord call needed to refuse
        }
        DiscordUserClient.DiscordGuild guild = cache.guilds(caller, fresh).stream()
                .filter(candidate -> guildId.equals(candidate.id())).findFirst()
                .orElseThrow(ApiProblem::notFound);
        if (!GuildPermissionRule.mayOpen(botJoinedAt.isPresent(), guild.owner(), guild.permissions())) {
            throw ApiProblem.notFound();
        }
        GuildAccess access = GuildPermissionRule.access(guild.owner(), guild.permissions());
        int members = guild.approximateMemberCount() == null ? 0 : guild.approximateMemberCount();
        return new AuthorizedGuild(guild.id(), guild.name(), guild.icon(), members, access, botJoinedAt.get());
    }

    /** Verdicts for all of the given guilds (the guild list, and the JWT's guilds claim). */
    public List<GuildVerdict> verdicts(List<DiscordUserClient.DiscordGuild> guilds) {
        return guilds.stream()
                .map(guild -> new GuildVerdict(guild, GuildPermissionRule.access(guild.owner(), guild.permissions()),
                        guild.id() != null && bot.joinedAt(guild.id()).isPresent()))
                .toList();
    }

    public List<String> openableGuildIds(List<DiscordUserClient.DiscordGuild> guilds) {
        return verdicts(guilds).stream().filter(GuildVerdict::mayOpen).map(verdict -> verdict.guild().id()).toList();
    }
}
