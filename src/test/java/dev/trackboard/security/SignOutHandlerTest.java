package dev.trackboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trackboard.api.ApiSession;
import dev.trackboard.api.ApiUser;
import dev.trackboard.api.SessionClient;
import dev.trackboard.api.TestApiSessions;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.api.guild.GuildClient;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.EmbeddedAppTest;
import dev.trackboard.embedded.TestHttp;
import dev.trackboard.testing.Demo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

/** Sign-out ends more than the HTTP session: the API session and the Discord token go too. */
@EmbeddedAppTest
class SignOutHandlerTest {

    @Value("${local.server.port}")
    private int port;
    @Autowired
    private SessionClient sessions;
    @Autowired
    private GuildClient guilds;
    @Autowired
    private OAuth2AuthorizedClientRepository authorizedClients;
    @Autowired
    private ClientRegistrationRepository registrations;
    @Autowired
    private DiscordTokenRevoker revoker;

    @Test
    void signingOutEndsTheApiSessionAndRevokesTheDiscordToken() {
        TestHttp http = new TestHttp(port);
        String discordToken = new DemoSignIn(http, port).discordAccessToken("alice");
        JsonNode tokens = DemoSignIn.json(http.postJson("/api/v1/auth/token",
                "{\"discordAccessToken\":\"" + discordToken + "\"}").body());
        String accessToken = tokens.get("accessToken").asText();
        ApiSession session = TestApiSessions.of(tokens.get("sessionId").asText(),
                new ApiUser(Demo.ALICE, "alice", null, null), accessToken, tokens.get("refreshToken").asText());
        DiscordUser alice = new DiscordUser(session);
        var authentication = new OAuth2AuthenticationToken(alice, alice.getAuthorities(), "discord");
        var request = new MockHttpServletRequest();
        var response = new MockHttpServletResponse();
        authorizedClients.saveAuthorizedClient(new OAuth2AuthorizedClient(registrations.findByRegistrationId("discord"),
                alice.getName(), new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, discordToken,
                Instant.now(), Instant.now().plusSeconds(600))), authentication, request, response);
        assertThat(http.get("/api/v1/guilds", "Authorization", "Bearer " + accessToken).statusCode()).isEqualTo(200);

        List<Runnable> beyondTheSession = new ArrayList<>();
        new SignOutHandler(sessions, authorizedClients, revoker, beyondTheSession::add).logout(request, response, authentication);

        OAuth2AuthorizedClient remaining = authorizedClients.loadAuthorizedClient("discord", authentication, request);
        assertThat(remaining).as("the token is out of the session at once").isNull();
        assertThat(session.ended()).as("the calls wait for their own thread").isFalse();
        beyondTheSession.forEach(Runnable::run);

        assertThat(session.ended()).isTrue();
        assertThatThrownBy(() -> guilds.guilds(session)).isInstanceOf(TrackingApiException.SessionEnded.class);
        assertThat(http.get("/api/v1/guilds", "Authorization", "Bearer " + accessToken).statusCode()).isEqualTo(401);
        assertThat(http.get("/embedded/discord/api/users/@me", "Authorization", "Bearer " + discordToken).statusCode())
                .isEqualTo(401);
    }
}
