package dev.trackboard.embedded.discord;

import dev.trackboard.config.TrackboardProperties;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.SecretTokens;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The one OAuth2 application registered with the emulator: the dashboard's, as named by
 * {@code trackboard.discord.client-id/client-secret}. Its only redirect URI is the dashboard's
 * callback on a loopback host, on any port (tests use random ports).
 */
@Component
@ConditionalOnEmbeddedMode
class OAuthApplication {

    private static final Pattern REDIRECT_URI =
            Pattern.compile("https?://(localhost|127\\.0\\.0\\.1):[0-9]{1,5}/login/oauth2/code/discord");

    private final String clientId;
    private final String clientSecret;

    OAuthApplication(TrackboardProperties properties) {
        this.clientId = properties.discord().clientId();
        this.clientSecret = properties.discord().clientSecret();
    }

    boolean isClient(String candidate) {
        return clientId != null && clientId.equals(candidate);
    }

    boolean authenticates(String candidateId, String candidateSecret) {
        return isClient(candidateId) && SecretTokens.constantTimeEquals(clientSecret, candidateSecret);
    }

    boolean isRegisteredRedirectUri(String redirectUri) {
        return redirectUri != null && REDIRECT_URI.matcher(redirectUri).matches();
    }
}
