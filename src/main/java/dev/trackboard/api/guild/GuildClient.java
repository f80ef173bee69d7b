package dev.trackboard.api.guild;

import dev.trackboard.api.ApiCalls;
import dev.trackboard.api.ApiSession;
import dev.trackboard.api.GuildId;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The guilds the signed-in user can see, one guild's details, its channels and roles. */
@Component
public class GuildClient {

    private final ApiCalls calls;

    public GuildClient(ApiCalls calls) {
        this.calls = calls;
    }


    public List<GuildSummary> guilds(ApiSession session) {
        return calls.items(session, "guilds", Map.of(), GuildSummary.class);
    }

    public GuildDetail guild(ApiSession session, GuildId guildId) {
        return calls.get(session, "guilds/" + guildId, Map.of(), GuildDetail.class);
    }

    public List<Channel> channels(ApiSession session, GuildId guildId) {
        return calls.items(session, "guilds/" + guildId + "/channels", Map.of(), Channel.class);
    }

    public List<Role> roles(ApiSession session, GuildId guildId) {
        return calls.items(session, "guilds/" + guildId + "/roles", Map.of(), Role.class);
    }
}
