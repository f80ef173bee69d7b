package dev.trackboard.embedded.preferences;

import dev.trackboard.embedded.ApiCaller;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.TrackingApi;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/me/preferences}: the caller's own theme, time zone and language. Always the user
 * of the token: there is no way to name another user, so nobody reads or writes someone else's.
 * A PUT replaces all three; a bad field is a 400 naming it (with a code), and nothing is saved.
 * A save is told to every dashboard node ({@link UserPreferencesSaved}).
 */
@RestController
@RequestMapping("/api/v1/me/preferences")
@TrackingApi
@ConditionalOnEmbeddedMode
class PreferencesController {

    private final UserPreferencesStore store;
    private final ApplicationEventPublisher events;

    PreferencesController(UserPreferencesStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    @GetMapping
    UserPreferences get(ApiCaller caller) {
        return store.current(caller.userId());
    }

    @PutMapping
    UserPreferences put(ApiCaller caller, @RequestBody(required = false) Map<String, Object> body) {
        UserPreferences saved = store.replace(caller.userId(), PreferencesValidation.check(body));
        events.publishEvent(new UserPreferencesSaved(caller.userId(), saved.theme(), saved.timeZone(),
                saved.language(), saved.updatedAt()));
        return saved;
    }
}
