package dev.trackboard.security;

import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Map;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.stereotype.Component;

/**
 * Signs out a browser session whose API session ended elsewhere (revoked from the sessions screen,
 * maybe on another node), outside any request of that browser: revokes the session's Discord token
 * and invalidates the session. Each sign-in has a Discord token of its own (a new OAuth2 grant), so
 * the end of its session is the token's last use (decision 0150).
 *
 * <p>Without a request, {@link HttpSessionOAuth2AuthorizedClientRepository} cannot be asked; the
 * token is found among the session's attributes, where that repository keeps it (a map by
 * registration id).
 */
@Component
public class EndedSessionSignOut {

    private final DiscordTokenRevoker discordTokens;

    EndedSessionSignOut(DiscordTokenRevoker discordTokens) {
        this.discordTokens = discordTokens;
    }

    public void signOut(HttpSession session) {
        OAuth2AuthorizedClient discord = null;
        try {
            for (String name : Collections.list(session.getAttributeNames())) {
                if (session.getAttribute(name) instanceof Map<?, ?> clients
                        && clients.get(DiscordClientRegistrations.REGISTRATION_ID) instanceof OAuth2AuthorizedClient client) {
                    discord = client;
                    session.removeAttribute(name);
                }
            }
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            return; // signed out meanwhile, by a request of its own: that sign-out revoked the token
        }
        if (discord != null) {
            discordTokens.revoke(discord.getAccessToken().getTokenValue());
        }
    }
}
