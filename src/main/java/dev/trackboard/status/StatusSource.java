package dev.trackboard.status;

import dev.trackboard.api.ApiSession;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.status.StatusStream;
import dev.trackboard.api.status.StatusStreamListener;

/** Where the broadcaster gets status from: the Tracking API's stream in the application, a fake in tests. */
interface StatusSource {

    /** Opens the upstream stream for one guild with the given user's session. */
    StatusStream open(GuildId guildId, ApiSession session, StatusStreamListener listener);
}
