package dev.trackboard.status;

import dev.trackboard.api.ApiSession;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.status.BotStatusClient;
import dev.trackboard.api.status.StatusStream;
import dev.trackboard.api.status.StatusStreamListener;
import org.springframework.stereotype.Component;

/** The status source of the running application: the Tracking API's status stream. */
@Component
class ApiStatusSource implements StatusSource {

    private final BotStatusClient status;

    ApiStatusSource(BotStatusClient status) {
        this.status = status;
    }

    @Override
    public StatusStream open(GuildId guildId, ApiSession session, StatusStreamListener listener) {
        return status.openStatusStream(session, guildId, listener);
    }
}
