package dev.trackboard.status;

import dev.trackboard.api.ApiSession;
import dev.trackboard.api.BotStatusClient;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.StatusStream;
import dev.trackboard.api.StatusStreamListener;
import dev.trackboard.api.TrackingApiClient;
import dev.trackboard.api.TrackingApiException;
import org.springframework.stereotype.Component;

/** The status source of the running application: the Tracking API's status stream and guild check. */
@Component
class ApiStatusSource implements StatusSource {

    private final BotStatusClient status;
    private final TrackingApiClient guilds;

    ApiStatusSource(BotStatusClient status, TrackingApiClient guilds) {
        this.status = status;
        this.guilds = guilds;
    }

    @Override
    public StatusStream open(GuildId guildId, ApiSession session, StatusStreamListener listener) {
        return status.openStatusStream(session, guildId, listener);
    }

    @Override
    public boolean mayOpen(ApiSession session, GuildId guildId) {
        try {
            guilds.guild(session, guildId);
            return true;
        } catch (TrackingApiException.NotFound | TrackingApiException.SessionEnded | TrackingApiException.Forbidden no) {
            return false;
        }
    }
}
