package dev.trackboard.api.preferences;

import dev.trackboard.api.ApiCalls;
import dev.trackboard.api.ApiSession;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The signed-in user's own preferences ({@code /me/preferences}). A refused field comes back as
 * {@link dev.trackboard.api.TrackingApiException.InvalidRequest} whose field errors carry the API's
 * code (UNKNOWN_THEME, UNKNOWN_ZONE, UNKNOWN_LANGUAGE, ...); nothing was saved then.
 */
@Component
public class PreferencesClient {

    private static final String PATH = "me/preferences";

    private final ApiCalls calls;

    public PreferencesClient(ApiCalls calls) {
        this.calls = calls;
    }

    public Preferences preferences(ApiSession session) {
        return calls.get(session, PATH, Map.of(), Preferences.class);
    }

    /** Replaces all three choices; answers them as stored. */
    public Preferences save(ApiSession session, Preferences preferences) {
        return calls.send(session, "PUT", PATH, new Preferences(preferences.theme(), preferences.timeZone(),
                preferences.language(), null), Map.of(), Preferences.class);
    }
}
