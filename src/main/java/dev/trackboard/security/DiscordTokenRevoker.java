package dev.trackboard.security;

import dev.trackboard.config.LocalServerAddress;
import dev.trackboard.config.TrackboardProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** Revokes a Discord access token at sign-out (RFC 7009), so it cannot be used after the user left. */
class DiscordTokenRevoker {

    private static final Logger log = LoggerFactory.getLogger(DiscordTokenRevoker.class);

    private final TrackboardProperties.Discord discord;
    private final LocalServerAddress localServer;
    private final RestClient http;

    DiscordTokenRevoker(TrackboardProperties.Discord discord, LocalServerAddress localServer, RestClient http) {
        this.discord = discord;
        this.localServer = localServer;
        this.http = http;
    }

    void revoke(String accessToken) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("token", accessToken);
        form.add("token_type_hint", "access_token");
        try {
            http.post().uri(localServer.resolve(discord.revocationUri()))
                    .headers(h -> h.setBasicAuth(discord.clientId(), discord.clientSecret()))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form)
                    .retrieve()
                    .toBodilessEntity();
        } catch (RestClientException e) {
            // Sign-out still completes; the token expires on its own at Discord.
            log.warn("Could not revoke the Discord token at sign-out: {}", e.getClass().getSimpleName());
        }
    }
}
