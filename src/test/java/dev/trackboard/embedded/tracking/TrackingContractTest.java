package dev.trackboard.embedded.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.contract.OpenApiContract;
import dev.trackboard.embedded.ApiClient;
import dev.trackboard.embedded.EmbeddedAppTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** The tracking endpoints' answers against tracking-api.yaml. */
@EmbeddedAppTest
class TrackingContractTest {

    private static final String ORBIT = "200000000000000003";
    private final OpenApiContract contract = OpenApiContract.trackingApi();

    @Value("${local.server.port}")
    int port;

    @Test
    void answersConformToTheContract() {
        ApiClient api = new ApiClient(port);
        String alice = ApiClient.accessToken(api.session("alice"));
        String base = "/api/v1/guilds/" + ORBIT;
        check("get", "/guilds/{guildId}/accounts", api.get(base + "/accounts?limit=20", alice), "application/json");
        check("get", "/guilds/{guildId}/accounts/{accountId}", api.get(base + "/accounts/3000000", alice), "application/json");
        check("get", "/guilds/{guildId}/posts", api.get(base + "/posts?limit=20&sort=likes", alice), "application/json");
        check("get", "/guilds/{guildId}/posts/{postId}", api.get(base + "/posts/30000000101", alice), "application/json");
        check("get", "/guilds/{guildId}/brands", api.get(base + "/brands", alice), "application/json");
        check("get", "/guilds/{guildId}/brands/{brandId}", api.get(base + "/brands/3000", alice), "application/json");
        check("get", "/guilds/{guildId}/posts", api.get(base + "/posts?limit=900", alice), "application/problem+json");
        check("get", "/guilds/{guildId}/posts/{postId}", api.get(base + "/posts/20000000101", alice), "application/problem+json");
        HttpResponse<String> invalid = api.http().postJson(base + "/brands", "{\"name\":\"\",\"color\":\"x\"}",
                "Authorization", "Bearer " + alice);
        check("post", "/guilds/{guildId}/brands", invalid, "application/problem+json");
    }

    private void check(String method, String path, HttpResponse<String> response, String contentType) {
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(contentType);
        contract.assertValidResponse(method, path, response.statusCode(), contentType, response.body());
    }
}
