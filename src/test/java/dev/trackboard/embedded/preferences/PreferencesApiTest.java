package dev.trackboard.embedded.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trackboard.contract.OpenApiContract;
import dev.trackboard.embedded.ApiClient;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.EmbeddedAppTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Value;

/**
 * {@code /me/preferences}: a round trip, each user's own, and every bad field a 400 naming it with its
 * code while nothing is saved; every answer against tracking-api.yaml.
 */
@EmbeddedAppTest
class PreferencesApiTest {

    private static final String PATH = "/api/v1/me/preferences";
    private static final OpenApiContract CONTRACT = OpenApiContract.trackingApi();

    @Value("${local.server.port}")
    int port;

    ApiClient api;
    String alice;
    String bob;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        alice = ApiClient.accessToken(api.session("alice"));
        bob = ApiClient.accessToken(api.session("bob"));
    }

    @AfterEach
    void putBack() {
        put(alice, ApiClient.DEFAULT_PREFERENCES);
        put(bob, ApiClient.DEFAULT_PREFERENCES);
    }

    private HttpResponse<String> get(String token) {
        HttpResponse<String> response = api.get(PATH, token);
        CONTRACT.assertValidResponse("get", "/me/preferences", response.statusCode(), contentType(response),
                response.body());
        return response;
    }

    private HttpResponse<String> put(String token, String body) {
        HttpResponse<String> response = api.http().putJson(PATH, body, "Authorization", "Bearer " + token);
        CONTRACT.assertValidResponse("put", "/me/preferences", response.statusCode(), contentType(response),
                response.body());
        return response;
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0];
    }

    @Test
    void aUserWhoNeverSavedGetsTheDefaults() {
        JsonNode prefs = DemoSignIn.json(get(alice).body());

        assertThat(prefs.get("theme").asText()).isEqualTo("system");
        assertThat(prefs.get("timeZone").isNull()).isTrue();
        assertThat(prefs.get("language").isNull()).isTrue();
    }

    @Test
    void whatIsSavedIsReadBackAndIsTheCallersOwn() {
        HttpResponse<String> saved = put(alice, "{\"theme\":\"dark\",\"timeZone\":\"Asia/Tokyo\",\"language\":\"de\"}");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode read = DemoSignIn.json(get(alice).body());
        assertThat(read.get("theme").asText()).isEqualTo("dark");
        assertThat(read.get("timeZone").asText()).isEqualTo("Asia/Tokyo");
        assertThat(read.get("language").asText()).isEqualTo("de");
        assertThat(read.get("updatedAt").isNull()).isFalse();
        assertThat(DemoSignIn.json(get(bob).body()).get("theme").asText()).as("bob's are his own").isEqualTo("system");
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("{\"theme\":\"purple\",\"timeZone\":null,\"language\":null}", "theme", "UNKNOWN_THEME"),
                Arguments.of("{\"timeZone\":null,\"language\":null}", "theme", "REQUIRED"),
                Arguments.of("{\"theme\":7}", "theme", "WRONG_TYPE"),
                Arguments.of("{\"theme\":\"dark\",\"timeZone\":\"Mars/Olympus_Mons\"}", "timeZone", "UNKNOWN_ZONE"),
                Arguments.of("{\"theme\":\"dark\",\"timeZone\":\"<script>\"}", "timeZone", "UNKNOWN_ZONE"),
                Arguments.of("{\"theme\":\"dark\",\"timeZone\":\"" + "x".repeat(10_240) + "\"}", "timeZone", "UNKNOWN_ZONE"),
                Arguments.of("{\"theme\":\"dark\",\"language\":\"fr\"}", "language", "UNKNOWN_LANGUAGE"),
                Arguments.of("{\"theme\":\"dark\",\"language\":\"EN\"}", "language", "UNKNOWN_LANGUAGE"),
                Arguments.of("{\"theme\":\"dark\",\"language\":[\"de\"]}", "language", "WRONG_TYPE"));
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("badBodies")
    void aBadFieldIsNamedWithItsCodeAndNothingIsSaved(String body, String field, String code) {
        put(alice, "{\"theme\":\"light\",\"timeZone\":\"Europe/Berlin\",\"language\":\"en\"}");
        String before = DemoSignIn.json(get(alice).body()).toString();

        HttpResponse<String> refused = put(alice, body);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(contentType(refused)).isEqualTo("application/problem+json");
        List<String> errors = new ArrayList<>();
        DemoSignIn.json(refused.body()).path("errors")
                .forEach(error -> errors.add(error.get("field").asText() + ":" + error.path("code").asText()));
        assertThat(errors).containsExactly(field + ":" + code);
        assertThat(refused.body()).doesNotContain("<script>").doesNotContain("xxxxxxxxxx");
        assertThat(DemoSignIn.json(get(alice).body()).toString()).as("nothing saved").isEqualTo(before);
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        HttpResponse<String> refused = put(alice, "{\"theme\":\"x\",\"timeZone\":\"y\",\"language\":\"z\"}");

        List<String> fields = new ArrayList<>();
        DemoSignIn.json(refused.body()).path("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).containsExactly("theme", "timeZone", "language");
    }

    @Test
    void withoutATokenThereAreNone() {
        HttpResponse<String> response = api.http().get(PATH);

        assertThat(response.statusCode()).isEqualTo(401);
        CONTRACT.assertValidResponse("get", "/me/preferences", 401, contentType(response), response.body());
    }
}
