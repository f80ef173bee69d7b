package dev.trackboard.guild.ui;

import dev.trackboard.api.GuildId;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.api.guild.GuildDetail;

/**
 * The API's answer to "may this user open this guild now?", fetched off the session lock and
 * handed to the one navigation it was fetched for: the guild, or the failure (NotFound = no).
 */
record GuildVerdict(GuildId guildId, GuildDetail guild, TrackingApiException failure) {

    static GuildVerdict allowed(GuildDetail guild) {
        return new GuildVerdict(guild.id(), guild, null);
    }

    static GuildVerdict failed(GuildId guildId, TrackingApiException failure) {
        return new GuildVerdict(guildId, null, failure);
    }

    boolean denied() {
        return failure instanceof TrackingApiException.NotFound;
    }
}
