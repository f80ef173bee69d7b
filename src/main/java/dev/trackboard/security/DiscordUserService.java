package dev.trackboard.security;

import dev.trackboard.api.ApiSession;
import dev.trackboard.api.SessionClient;
import dev.trackboard.api.TrackingApiException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Completes a Discord sign-in: reads the user from Discord, then opens the user's Tracking API
 * session with the Discord access token. The API checks that token with Discord itself; the
 * dashboard sends no claims of its own. A user the API refuses is not signed in.
 */
class DiscordUserService implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

    private static final Logger log = LoggerFactory.getLogger(DiscordUserService.class);

    private final DefaultOAuth2UserService discord;
    private final SessionClient api;

    DiscordUserService(DefaultOAuth2UserService discord, SessionClient api) {
        this.discord = discord;
        this.api = api;
    }

    @Override
    public OAuth2User loadUser(OAuth2UserRequest request) {
        OAuth2User discordUser = discord.loadUser(request);
        try {
            HttpServletRequest browser = currentRequest();
            ApiSession session = api.startSession(request.getAccessToken().getTokenValue(),
                    browser == null ? null : browser.getHeader("User-Agent"),
                    browser == null ? null : browser.getRemoteAddr());
            if (!session.user().id().equals(discordUser.getName())) {
                throw new OAuth2AuthenticationException(new OAuth2Error("identity_mismatch"));
            }
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                    && attributes.getResponse() != null) {
                LastAccount.remember(attributes.getResponse(), session.user().displayName(), browser.isSecure());
            }
            return new DiscordUser(session);
        } catch (TrackingApiException e) {
            log.warn("Sign-in refused: the Tracking API did not open a session ({})", e.getMessage());
            throw new OAuth2AuthenticationException(new OAuth2Error("api_unavailable"), e);
        }
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
