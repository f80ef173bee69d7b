package dev.trackboard.security;

import dev.trackboard.api.SessionClient;
import dev.trackboard.api.TrackingApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * Sign-out beyond the HTTP session (which Spring Security invalidates after this): ends the
 * user's Tracking API session and revokes their Discord token. Failures are logged, never shown:
 * the user is signed out of the dashboard either way.
 *
 * <p>The Discord token is taken out of the session at once; the two calls go out on
 * {@code beyondTheSession}: Vaadin signs out inside a request of the tab, under the session lock,
 * where no call to another service may wait (DESIGN §7, decision 0006).
 */
class SignOutHandler implements LogoutHandler {

    private static final Logger log = LoggerFactory.getLogger(SignOutHandler.class);

    private final SessionClient api;
    private final OAuth2AuthorizedClientRepository authorizedClients;
    private final DiscordTokenRevoker discordTokens;
    private final Executor beyondTheSession;

    SignOutHandler(SessionClient api, OAuth2AuthorizedClientRepository authorizedClients,
                   DiscordTokenRevoker discordTokens, Executor beyondTheSession) {
        this.api = api;
        this.authorizedClients = authorizedClients;
        this.discordTokens = discordTokens;
        this.beyondTheSession = beyondTheSession;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof DiscordUser user) {
            String discordToken = takeDiscordToken(request, response, authentication);
            beyondTheSession.execute(() -> endBeyondTheSession(user, discordToken));
        }
    }

    /** Takes the sign-in's Discord token out of the HTTP session; null when there is none. */
    String takeDiscordToken(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        OAuth2AuthorizedClient discord = authorizedClients.loadAuthorizedClient(
                DiscordClientRegistrations.REGISTRATION_ID, authentication, request);
        if (discord == null) {
            return null;
        }
        authorizedClients.removeAuthorizedClient(
                DiscordClientRegistrations.REGISTRATION_ID, authentication, request, response);
        return discord.getAccessToken().getTokenValue();
    }

    /** Ends the user's API session, then revokes the Discord token (when there is one). */
    void endBeyondTheSession(DiscordUser user, String discordToken) {
        try {
            api.endSession(user.apiSession());
        } catch (TrackingApiException e) {
            log.warn("Could not end the API session at sign-out: {}", e.getMessage());
        }
        if (discordToken != null) {
            discordTokens.revoke(discordToken);
        }
    }
}
