package dev.trackboard.security;

import dev.trackboard.api.ApiSession;
import dev.trackboard.api.TrackingApiException;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request or UI, and a way to sign them out. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;

    CurrentUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Optional<DiscordUser> find() {
        return authentication.getAuthenticatedUser(DiscordUser.class);
    }

    public DiscordUser require() {
        return find().orElseThrow(() -> new TrackingApiException.SessionEnded("Nobody is signed in"));
    }

    public ApiSession apiSession() {
        return require().apiSession();
    }

    /** Ends the HTTP session, the API session and the Discord token; the browser lands on sign-in. */
    public void signOut() {
        authentication.logout();
    }
}
