package dev.trackboard.guild;

import dev.trackboard.access.GuildAccessWatch;
import dev.trackboard.api.ApiSession;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.guild.Channel;
import dev.trackboard.api.guild.GuildClient;
import dev.trackboard.api.guild.GuildDetail;
import dev.trackboard.api.guild.GuildSummary;
import dev.trackboard.api.guild.Role;
import dev.trackboard.security.CurrentUser;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The signed-in user's guilds. Every guild-scoped call goes to the Tracking API with the user's own
 * token, and the API checks the guild against fresh Discord permissions on each call: a guild the
 * user may not open fails with {@code TrackingApiException.NotFound}, like one that does not exist.
 */
@Service
public class GuildService {

    private static final Comparator<GuildSummary> OPENABLE_FIRST_THEN_NAME =
            Comparator.comparing((GuildSummary guild) -> !guild.openable())
                    .thenComparing(GuildSummary::name, String.CASE_INSENSITIVE_ORDER);

    private final GuildClient api;
    private final CurrentUser currentUser;
    private final GuildAccessWatch access;

    GuildService(GuildClient api, CurrentUser currentUser, GuildAccessWatch access) {
        this.api = api;
        this.currentUser = currentUser;
        this.access = access;
    }

    /** All of the user's guilds: openable ones first, each group by name. */
    public List<GuildSummary> guilds() {
        return api.guilds(currentUser.apiSession()).stream().sorted(OPENABLE_FIRST_THEN_NAME).toList();
    }

    /** The guild, if the user may open it now; otherwise NotFound. Confirms the user's access for the watch. */
    public GuildDetail open(GuildId guildId) {
        return open(currentUser.apiSession(), guildId);
    }

    /** The same for a given user's session (a servlet filter, where no UI tells who is signed in). */
    public GuildDetail open(ApiSession session, GuildId guildId) {
        GuildDetail guild = api.guild(session, guildId);
        access.confirmed(session, guildId);
        return guild;
    }

    public List<Channel> channels(GuildId guildId) {
        return api.channels(currentUser.apiSession(), guildId);
    }

    public List<Role> roles(GuildId guildId) {
        return api.roles(currentUser.apiSession(), guildId);
    }
}
