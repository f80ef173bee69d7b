package dev.trackboard.embedded.exports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.contract.OpenApiContract;
import dev.trackboard.embedded.SignedInApiTest;
import dev.trackboard.testing.Demo;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The export endpoints' answers against tracking-api.yaml, successes and problems alike. */
class ExportContractTest extends SignedInApiTest {

    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";
    private final OpenApiContract contract = OpenApiContract.trackingApi();

    @Test
    void answersConformToTheContract() {
        ExportCalls exports = new ExportCalls(api, port);
        String base = ExportCalls.base(Demo.ACME);
        String key = ExportCalls.newKey();
        String body = "{\"type\":\"AUDIT\",\"format\":\"CSV\",\"bom\":true,\"filters\":{\"targetType\":\"BRAND\"}}";

        HttpResponse<String> requested = exports.request(Demo.ACME, alice, key, body);
        check("post", "/guilds/{guildId}/exports", requested, JSON);
        long id = dev.trackboard.embedded.DemoSignIn.json(requested.body()).get("id").asLong();
        check("post", "/guilds/{guildId}/exports", exports.request(Demo.ACME, alice, key, body), JSON);
        check("post", "/guilds/{guildId}/exports", exports.request(Demo.ACME, alice, key, "{\"type\":\"POSTS\",\"format\":\"CSV\"}"),
                PROBLEM);
        check("post", "/guilds/{guildId}/exports", exports.request(Demo.ACME, alice, null, body), PROBLEM);
        check("post", "/guilds/{guildId}/exports", exports.request(Demo.ACME, alice, ExportCalls.newKey(), "{\"type\":1}"),
                PROBLEM);
        check("get", "/guilds/{guildId}/exports/{exportId}", api.get(base + "/" + id, alice), JSON);
        exports.ended(Demo.ACME, alice, id);
        check("get", "/guilds/{guildId}/exports/{exportId}", api.get(base + "/" + id, alice), JSON);
        check("get", "/guilds/{guildId}/exports", api.get(base, alice), JSON);
        check("post", "/guilds/{guildId}/exports/{exportId}/cancel", exports.cancel(Demo.ACME, alice, id), PROBLEM);
        check("get", "/guilds/{guildId}/exports/{exportId}", api.get(base + "/1" + id + "000", alice), PROBLEM);
        check("get", "/guilds/{guildId}/exports/{exportId}/download",
                api.get(base + "/1" + id + "000/download", alice), PROBLEM);
        HttpResponse<byte[]> file = exports.download(Demo.ACME, alice, id);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    }

    private void check(String method, String path, HttpResponse<String> response, String contentType) {
        contract.assertValidAnswer(method, path, response, contentType);
    }
}
