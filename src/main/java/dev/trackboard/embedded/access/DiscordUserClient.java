package dev.trackboard.embedded.access;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trackboard.config.LocalServerAddress;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.EmbeddedProperties;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The Tracking API's client of Discord's REST API, used with the user's own OAuth2 access token.
 * In embedded mode it reaches the emulator over HTTP, exactly as the real backend reaches Discord.
 */
@Component
@ConditionalOnEmbeddedMode
public class DiscordUserClient {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DiscordUser(String id, String username, @JsonProperty("global_name") String globalName,
                              String avatar) { }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DiscordGuild(String id, String name, String icon, boolean owner, String permissions,
                               @JsonProperty("approximate_member_count") Integer approximateMemberCount) { }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final RestClient rest;
    private final EmbeddedProperties properties;
    private final LocalServerAddress localServer;

    DiscordUserClient(EmbeddedProperties properties, LocalServerAddress localServer) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(properties.discordConnectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(properties.discordReadTimeout());
        this.rest = RestClient.builder().requestFactory(factory).build();
        this.properties = properties;
        this.localServer = localServer;
    }

    public DiscordUser currentUser(String accessToken) {
        return read(get("/users/@me", accessToken), DiscordUser.class);
    }

    public List<DiscordGuild> currentUserGuilds(String accessToken) {
        return List.of(read(get("/users/@me/guilds?with_counts=true", accessToken), DiscordGuild[].class));
    }

    private String get(String path, String accessToken) {
        ResponseEntity<String> response;
        try {
            response = rest.get()
                    .uri(URI.create(localServer.resolve(properties.discordApiBaseUrl()) + path))
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                    .header(HttpHeaders.USER_AGENT, "DiscordBot (trackboard-embedded, 1.0)")
                    .retrieve()
                    .onStatus(status -> true, (request, ignored) -> { })
                    .toEntity(String.class);
        } catch (RestClientException | IllegalStateException e) {
            throw new DiscordUnavailableException("Discord could not be reached", e);
        }
        int status = response.getStatusCode().value();
        if (status == 401) {
            throw new DiscordTokenRejectedException();
        }
        if (status != 200 || response.getBody() == null) {
            throw new DiscordUnavailableException("Discord answered HTTP " + status, null);
        }
        return response.getBody();
    }

    private static <T> T read(String body, Class<T> type) {
        try {
            return JSON.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new DiscordUnavailableException("Discord sent an unreadable answer", e);
        }
    }
}
