package dev.trackboard.embedded.tracking;

import dev.trackboard.contract.OpenApiContract;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.SignedInApiTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The tracking endpoints' answers against tracking-api.yaml. */
class TrackingContractTest extends SignedInApiTest {

    private static final String ORBIT = "200000000000000003";
    private final OpenApiContract contract = OpenApiContract.trackingApi();

    @Test
    void answersConformToTheContract() {
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
        check("get", "/guilds/{guildId}/accounts", api.get(base + "/accounts?q=" + "x".repeat(201), alice),
                "application/problem+json");
    }

    @Test
    void anAccountWithoutBrandConformsToo() {
        // the contract says brandId is null or a real id (>= 1): a 0 for "no brand" fails here
        String accounts = "/api/v1/guilds/" + ORBIT + "/accounts";
        HttpResponse<String> created = api.http().postJson(accounts, "{\"platform\":\"X\",\"handle\":\"no_brand_check\"}",
                "Authorization", "Bearer " + alice);
        check("post", "/guilds/{guildId}/accounts", created, "application/json");
        String id = DemoSignIn.json(created.body()).get("id").asText();
        try {
            check("get", "/guilds/{guildId}/accounts/{accountId}", api.get(accounts + "/" + id, alice), "application/json");
            check("get", "/guilds/{guildId}/accounts", api.get(accounts + "?q=no_brand_check", alice), "application/json");
        } finally {
            api.http().delete(accounts + "/" + id, "Authorization", "Bearer " + alice);
        }
    }

    private void check(String method, String path, HttpResponse<String> response, String contentType) {
        contract.assertValidAnswer(method, path, response, contentType);
    }
}
