package dev.trackboard.api.settings;

import dev.trackboard.api.ApiCalls;
import dev.trackboard.api.ApiSession;
import dev.trackboard.api.GuildId;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A guild's settings with optimistic locking: {@link #save} names the version it is based on (sent
 * as {@code If-Match}); when another admin saved since, it fails with
 * {@link dev.trackboard.api.TrackingApiException.Conflict} and nothing is written. Bad fields come
 * back as {@link dev.trackboard.api.TrackingApiException.InvalidRequest} with the field names of
 * {@link SettingsDraft}.
 */
@Component
public class SettingsClient {

    private final ApiCalls calls;

    public SettingsClient(ApiCalls calls) {
        this.calls = calls;
    }

    public GuildSettings settings(ApiSession session, GuildId guildId) {
        return calls.get(session, path(guildId), Map.of(), GuildSettings.class);
    }

    /** Replaces the settings if they are still at {@code basedOnVersion}; answers them as saved. */
    public GuildSettings save(ApiSession session, GuildId guildId, long basedOnVersion, SettingsDraft draft) {
        return calls.send(session, "PUT", path(guildId), draft, Map.of("If-Match", "\"" + basedOnVersion + "\""),
                GuildSettings.class);
    }

    private static String path(GuildId guildId) {
        return "guilds/" + guildId + "/settings";
    }
}
