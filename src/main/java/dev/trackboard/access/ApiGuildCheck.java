package dev.trackboard.access;

import dev.trackboard.api.ApiSession;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.api.guild.GuildClient;
import org.springframework.stereotype.Component;

/** The re-check of the running application: may the session's user open the guild, says the API. */
@Component
class ApiGuildCheck implements GuildAccessWatch.Check {

    private final GuildClient api;

    ApiGuildCheck(GuildClient api) {
        this.api = api;
    }

    @Override
    public boolean mayOpen(ApiSession session, GuildId guildId) {
        try {
            api.guild(session, guildId);
            return true;
        } catch (TrackingApiException.NotFound | TrackingApiException.SessionEnded | TrackingApiException.Forbidden no) {
            return false;
        }
    }
}
