package dev.trackboard.embedded.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trackboard.contract.OpenApiContract;
import dev.trackboard.embedded.ApiClient;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.EmbeddedAppTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** The embedded API's real answers, success and problem, checked against tracking-api.yaml. */
@EmbeddedAppTest
class EmbeddedApiContractTest {

    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";
    private static final String ACME = "200000000000000001";

    private final OpenApiContract contract = OpenApiContract.trackingApi();

    @Value("${local.server.port}")
    int port;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void tokenAndRefreshAnswersConform() {
        HttpResponse<String> token = api.exchange(api.signIn().discordAccessToken("alice"));
        check("post", "/auth/token", token, JSON);
        String refreshToken = DemoSignIn.json(token.body()).get("refreshToken").asText();

        HttpResponse<String> refreshed = api.http().postJson("/api/v1/auth/refresh",
                "{\"refreshToken\":\"" + refreshToken + "\"}");
        check("post", "/auth/refresh", refreshed, JSON);
        check("post", "/auth/refresh", api.http().postJson("/api/v1/auth/refresh",
                "{\"refreshToken\":\"" + refreshToken + "\"}"), PROBLEM);
    }

    @Test
    void tokenProblemsConform() {
        check("post", "/auth/token", api.exchange("nope"), PROBLEM);
        HttpResponse<String> invalid = api.http().postJson("/api/v1/auth/token", "{\"discordAccessToken\":\"\"}");
        check("post", "/auth/token", invalid, PROBLEM);
        assertThat(DemoSignIn.json(invalid.body()).get("errors")).isNotEmpty();
        check("post", "/auth/token", api.http().postJson("/api/v1/auth/token", "{not json"), PROBLEM);
    }

    @Test
    void guildAnswersConformForEveryDemoUser() {
        for (String user : new String[] {"alice", "bob", "carol"}) {
            String token = ApiClient.accessToken(api.session(user));
            check("get", "/guilds", api.get("/api/v1/guilds", token), JSON);
        }
        String alice = ApiClient.accessToken(api.session("alice"));
        for (String guild : new String[] {ACME, "200000000000000002", "200000000000000003"}) {
            check("get", "/guilds/{guildId}", api.get("/api/v1/guilds/" + guild, alice), JSON);
            check("get", "/guilds/{guildId}/channels", api.get("/api/v1/guilds/" + guild + "/channels", alice), JSON);
            check("get", "/guilds/{guildId}/roles", api.get("/api/v1/guilds/" + guild + "/roles", alice), JSON);
        }
    }

    @Test
    void guildProblemsConform() {
        String carol = ApiClient.accessToken(api.session("carol"));
        check("get", "/guilds/{guildId}", api.get("/api/v1/guilds/" + ACME, carol), PROBLEM);
        check("get", "/guilds/{guildId}/channels", api.get("/api/v1/guilds/" + ACME + "/channels", carol), PROBLEM);
        check("get", "/guilds/{guildId}/roles", api.get("/api/v1/guilds/x/roles", carol), PROBLEM);
        check("get", "/guilds", api.http().get("/api/v1/guilds"), PROBLEM);
        check("get", "/guilds/{guildId}", api.get("/api/v1/guilds/" + ACME, "garbage"), PROBLEM);
    }

    @Test
    void logoutAnswersConform() {
        String token = ApiClient.accessToken(api.session("bob"));
        HttpResponse<String> logout = api.http().postJson("/api/v1/auth/logout", null, "Authorization", "Bearer " + token);
        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(logout.body()).isEmpty();
        check("post", "/auth/logout", api.http().postJson("/api/v1/auth/logout", null, "Authorization", "Bearer " + token),
                PROBLEM);
    }

    private void check(String method, String path, HttpResponse<String> response, String contentType) {
        contract.assertValidAnswer(method, path, response, contentType);
        if (PROBLEM.equals(contentType)) {
            JsonNode problem = DemoSignIn.json(response.body());
            assertThat(problem.get("status").asInt()).isEqualTo(response.statusCode());
            assertThat(problem.get("title").asText()).isNotBlank();
        }
    }
}
