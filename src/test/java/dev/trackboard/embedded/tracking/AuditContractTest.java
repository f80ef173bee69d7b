package dev.trackboard.embedded.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trackboard.contract.OpenApiContract;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.SignedInApiTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit endpoints' answers against tracking-api.yaml. */
class AuditContractTest extends SignedInApiTest {

    private static final String ACME = "200000000000000001";
    private static final String NIMBUS = "200000000000000002";
    private final OpenApiContract contract = OpenApiContract.trackingApi();

    @Test
    void answersConformToTheContract() {
        String base = "/api/v1/guilds/" + ACME + "/audit";
        HttpResponse<String> first = api.get(base + "?limit=30", alice);
        check("get", "/guilds/{guildId}/audit", first, "application/json");
        JsonNode page = DemoSignIn.json(first.body());
        check("get", "/guilds/{guildId}/audit", api.get(base + "?limit=30&cursor=" + page.get("nextCursor").asText(), alice),
                "application/json");
        check("get", "/guilds/{guildId}/audit", api.get(base + "?action=ACCOUNT_PAUSED&limit=200", alice), "application/json");
        check("get", "/guilds/{guildId}/audit", api.get(base + "?actorId=x&limit=0", alice), "application/problem+json");
        check("get", "/guilds/{guildId}/audit/facets", api.get(base + "/facets", alice), "application/json");
        String id = page.get("items").get(0).get("id").asText();
        check("get", "/guilds/{guildId}/audit/{entryId}", api.get(base + "/" + id, alice), "application/json");
        check("get", "/guilds/{guildId}/audit/{entryId}", api.get(base + "/1" + id + "000", alice), "application/problem+json");
        // a creation cannot be undone: the refusal is a problem too
        String creation = DemoSignIn.json(api.get(base + "?action=BRAND_CREATED&limit=1", alice).body())
                .get("items").get(0).get("id").asText();
        check("post", "/guilds/{guildId}/audit/{entryId}/revert",
                api.http().postJson(base + "/" + creation + "/revert", "{}", "Authorization", "Bearer " + alice),
                "application/problem+json");
    }

    /** A settings entry: the detail with its settings version, and revert's 428, 412, 409 and 201. */
    @Test
    void settingsEntriesAndTheirUndoConformToTheContract() {
        String base = "/api/v1/guilds/" + NIMBUS + "/audit";
        String settings = "/api/v1/guilds/" + NIMBUS + "/settings";
        JsonNode loaded = DemoSignIn.json(api.get(settings, alice).body());
        ObjectNode input = loaded.deepCopy();
        input.remove(List.of("version", "health", "updatedAt", "updatedBy"));
        String ifMatch = "\"" + loaded.get("version").asLong() + "\"";
        HttpResponse<String> saved = api.http().putJson(settings, input.deepCopy().put("minLikes", 77).toString(),
                "Authorization", "Bearer " + alice, "If-Match", ifMatch);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        String entry = DemoSignIn.json(api.get(base + "?targetType=SETTINGS&limit=1", alice).body())
                .get("items").get(0).get("id").asText();
        String saveTag = "\"" + DemoSignIn.json(saved.body()).get("version").asLong() + "\"";

        check("get", "/guilds/{guildId}/audit/{entryId}", api.get(base + "/" + entry, alice), "application/json");
        String revert = base + "/" + entry + "/revert";
        String path = "/guilds/{guildId}/audit/{entryId}/revert";
        check("post", path, api.http().postJson(revert, "{}", "Authorization", "Bearer " + alice), "application/problem+json");
        check("post", path, api.http().postJson(revert, "{}", "Authorization", "Bearer " + alice, "If-Match", ifMatch),
                "application/problem+json");
        HttpResponse<String> undone = api.http().postJson(revert, "{}", "Authorization", "Bearer " + alice,
                "If-Match", saveTag);
        assertThat(undone.statusCode()).as(undone.body()).isEqualTo(201);
        check("post", path, undone, "application/json");
        check("get", "/guilds/{guildId}/audit/{entryId}", api.get(base + "/" + entry, alice), "application/json");
        String now = "\"" + DemoSignIn.json(api.get(settings, alice).body()).get("version").asLong() + "\"";
        check("post", path, api.http().postJson(revert, "{}", "Authorization", "Bearer " + alice, "If-Match", now),
                "application/problem+json");
    }

    private void check(String method, String path, HttpResponse<String> response, String contentType) {
        contract.assertValidAnswer(method, path, response, contentType);
    }
}
