package dev.trackboard.account;

import dev.trackboard.api.ApiSession;
import dev.trackboard.api.preferences.Preferences;
import dev.trackboard.api.preferences.PreferencesClient;
import dev.trackboard.security.CurrentUser;
import org.springframework.stereotype.Service;

/** The signed-in user's own preferences, always with their own API session. */
@Service
public class PreferencesService {

    private final PreferencesClient api;
    private final CurrentUser currentUser;

    PreferencesService(PreferencesClient api, CurrentUser currentUser) {
        this.api = api;
        this.currentUser = currentUser;
    }

    public Preferences preferences() {
        return api.preferences(currentUser.apiSession());
    }

    /** For a request whose user is known but not (yet) in the security context holder. */
    public Preferences preferences(ApiSession session) {
        return api.preferences(session);
    }

    /** Saves all three choices; answers them as stored. */
    public Preferences save(Preferences preferences) {
        return api.save(currentUser.apiSession(), preferences);
    }
}
