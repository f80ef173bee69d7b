package dev.trackboard.embedded.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.SignedJWT;
import dev.trackboard.embedded.ApiClient;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.EmbeddedAppTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

@EmbeddedAppTest
class ApiAuthenticationTest {

    private static final String GUILDS = "/api/v1/guilds";

    @Value("${local.server.port}")
    int port;

    @Autowired
    AccessTokens accessTokens;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void tokenForAliceCarriesUserSessionAndTheGuildsSheMayOpen() throws Exception {
        JsonNode session = api.session("alice");

        assertThat(session.get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(session.get("expiresIn").asInt()).isEqualTo(300);
        assertThat(session.get("user").get("id").asText()).isEqualTo("100000000000000001");
        assertThat(session.get("user").get("username").asText()).isEqualTo("alice");
        assertThat(session.get("user").get("globalName").asText()).isEqualTo("Alice Lindqvist");
        SignedJWT jwt = SignedJWT.parse(ApiClient.accessToken(session));
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("ES256");
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("100000000000000001");
        assertThat(claims.getStringClaim("sid")).isEqualTo(session.get("sessionId").asText());
        assertThat(claims.getIssuer()).isNotBlank();
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(5));
        List<String> ids = new ArrayList<>();
        for (Object guild : claims.getListClaim("guilds")) {
            Map<?, ?> map = (Map<?, ?>) guild;
            assertThat(map.get("clientId")).isEqualTo("300000000000000002");
            ids.add((String) map.get("id"));
        }
        assertThat(ids).containsExactlyInAnyOrder("200000000000000001", "200000000000000002", "200000000000000003");
    }

    @Test
    void invalidDiscordTokenIs401Problem() {
        HttpResponse<String> response = api.exchange("not-a-discord-token");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void missingOrBlankDiscordTokenIsAValidationProblem() {
        HttpResponse<String> response = api.http().postJson("/api/v1/auth/token", "{\"discordAccessToken\":\"\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = DemoSignIn.json(response.body());
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("discordAccessToken");
    }

    @Test
    void missingTokenIs401() {
        HttpResponse<String> response = api.http().get(GUILDS);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(DemoSignIn.json(response.body()).get("status").asInt()).isEqualTo(401);
    }

    @Test
    void tamperedSignatureIs401() {
        String token = ApiClient.accessToken(api.session("alice"));
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("100000000000000001", "100000000000000002");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        char last = parts[2].charAt(5);
        String flippedSignature = parts[0] + "." + parts[1] + "." + parts[2].substring(0, 5)
                + (last == 'A' ? 'B' : 'A') + parts[2].substring(6);

        assertThat(api.get(GUILDS, forged).statusCode()).isEqualTo(401);
        assertThat(api.get(GUILDS, flippedSignature).statusCode()).isEqualTo(401);
        assertThat(api.get(GUILDS, token).statusCode()).isEqualTo(200);
    }

    @Test
    void algNoneIs401() {
        String token = ApiClient.accessToken(api.session("alice"));
        String payload = token.split("\\.")[1];
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(api.get(GUILDS, header + "." + payload + ".").statusCode()).isEqualTo(401);
        String hs256 = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(api.get(GUILDS, hs256 + "." + payload + ".c2lnbmF0dXJl").statusCode()).isEqualTo(401);
    }

    @Test
    void expiredTokenIs401() {
        JsonNode session = api.session("alice");
        String expired = accessTokens.issue("100000000000000001", session.get("sessionId").asText(),
                List.of("200000000000000001"), Instant.now().minus(Duration.ofMinutes(6)));
        String valid = accessTokens.issue("100000000000000001", session.get("sessionId").asText(),
                List.of("200000000000000001"), Instant.now());

        assertThat(api.get(GUILDS, expired).statusCode()).isEqualTo(401);
        assertThat(api.get(GUILDS, valid).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownSessionIs401() {
        String token = accessTokens.issue("100000000000000001", "no-such-session", List.of(), Instant.now());
        assertThat(api.get(GUILDS, token).statusCode()).isEqualTo(401);
    }

    @Test
    void logoutRevokesTheSessionsAccessTokens() {
        String token = ApiClient.accessToken(api.session("bob"));
        assertThat(api.get(GUILDS, token).statusCode()).isEqualTo(200);

        HttpResponse<String> logout = api.http().postJson("/api/v1/auth/logout", null, "Authorization", "Bearer " + token);

        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(api.get(GUILDS, token).statusCode()).isEqualTo(401);
        assertThat(api.get(GUILDS + "/200000000000000002", token).statusCode()).isEqualTo(401);
    }

    @Test
    void refreshRotatesTheRefreshToken() {
        JsonNode session = api.session("alice");
        String first = session.get("refreshToken").asText();

        HttpResponse<String> refreshed = refresh(first);
        assertThat(refreshed.statusCode()).isEqualTo(200);
        JsonNode next = DemoSignIn.json(refreshed.body());
        assertThat(next.get("sessionId").asText()).isEqualTo(session.get("sessionId").asText());
        assertThat(next.get("refreshToken").asText()).isNotEqualTo(first);
        assertThat(api.get(GUILDS, ApiClient.accessToken(next)).statusCode()).isEqualTo(200);

        assertThat(refresh(first).statusCode()).isEqualTo(401);
        assertThat(refresh(next.get("refreshToken").asText()).statusCode()).isEqualTo(200);
    }

    @Test
    void refreshAfterLogoutIs401() {
        JsonNode session = api.session("carol");
        api.http().postJson("/api/v1/auth/logout", null, "Authorization", "Bearer " + ApiClient.accessToken(session));
        assertThat(refresh(session.get("refreshToken").asText()).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> refresh(String refreshToken) {
        return api.http().postJson("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refreshToken + "\"}");
    }
}
