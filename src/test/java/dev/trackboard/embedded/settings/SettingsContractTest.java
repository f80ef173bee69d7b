package dev.trackboard.embedded.settings;

import static dev.trackboard.embedded.settings.SettingsApiSupport.ACME;
import static dev.trackboard.embedded.settings.SettingsApiSupport.NIMBUS;
import static dev.trackboard.embedded.settings.SettingsApiSupport.ORBIT;
import static dev.trackboard.embedded.settings.SettingsApiSupport.input;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trackboard.contract.OpenApiContract;
import dev.trackboard.embedded.SignedInApiTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The settings endpoints' answers — every documented status — against tracking-api.yaml. */
class SettingsContractTest extends SignedInApiTest {

    private static final String PATH = "/guilds/{guildId}/settings";
    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";
    private final OpenApiContract contract = OpenApiContract.trackingApi();

    @Test
    void answersConformToTheContract() {
        SettingsApiSupport settings = new SettingsApiSupport(api);
        check("get", settings.get(ACME, alice), JSON);
        check("get", settings.get(ORBIT, alice), JSON);
        check("get", settings.get(ACME, bob), PROBLEM);
        JsonNode nimbus = settings.read(NIMBUS, alice);
        long version = nimbus.get("version").asLong();
        check("put", settings.put(NIMBUS, alice, null, input(nimbus)), PROBLEM);
        check("put", settings.put(NIMBUS, alice, version, input(nimbus).put("minLikes", -1)), PROBLEM);
        check("put", settings.put(NIMBUS, alice, version + 1, input(nimbus)), PROBLEM);
        check("put", settings.put(ACME, bob, 1, input(nimbus)), PROBLEM);
        try {
            check("put", settings.put(NIMBUS, alice, version, input(nimbus).put("minLikes", 51)), JSON);
        } finally {
            settings.restore(NIMBUS, alice, nimbus);
        }
        // what a client sends back is valid input by the contract
        contract.assertValid("SettingsInput", input(nimbus).toString());
    }

    private void check(String method, HttpResponse<String> response, String contentType) {
        contract.assertValidAnswer(method, PATH, response, contentType);
    }
}
