package dev.trackboard.api.status;

import dev.trackboard.api.GuildId;
import dev.trackboard.api.TrackingApiException;

/** Receives what a status stream brings, on the stream's own reader thread. */
public interface StatusStreamListener {

    void onStatus(BotStatus status);

    /** The caller lost access to the guild; no more events for it will come. */
    void onRevoked(GuildId guildId);

    /**
     * The stream ended. {@code failure} is null when the API ended it normally, else a
     * {@link TrackingApiException}: NotFound (no access), SessionEnded, Unavailable (network, 5xx).
     */
    void onClosed(TrackingApiException failure);
}
