package dev.trackboard.security;

import dev.trackboard.config.LocalServerAddress;
import dev.trackboard.config.TrackboardProperties;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The one OAuth2 client, "discord", built from {@code trackboard.discord.*} at lookup time: in
 * embedded mode its token and user-info URIs point at this application, whose port is only known
 * once the server runs. (Defining this repository makes Boot's own OAuth2 client properties back
 * off, which is intended: the Discord settings live under {@code trackboard.discord}.)
 */
class DiscordClientRegistrations implements ClientRegistrationRepository {

    static final String REGISTRATION_ID = "discord";

    private final TrackboardProperties.Discord discord;
    private final LocalServerAddress localServer;

    DiscordClientRegistrations(TrackboardProperties.Discord discord, LocalServerAddress localServer) {
        this.discord = discord;
        this.localServer = localServer;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        return ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("Discord")
                .clientId(discord.clientId())
                .clientSecret(discord.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(discord.redirectUri())
                .scope("identify", "guilds")
                // the browser follows this one, so a path on this server is fine as it is
                .authorizationUri(discord.authorizationUri())
                .tokenUri(localServer.resolve(discord.tokenUri()))
                .userInfoUri(localServer.resolve(discord.userInfoUri()))
                .userNameAttributeName("id")
                .build();
    }
}
