package dev.trackboard.embedded.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trackboard.embedded.ApiClient;
import dev.trackboard.embedded.DemoSignIn;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes a guild's settings over HTTP as the dashboard would. */
final class SettingsApiSupport {

    static final String ACME = "200000000000000001";
    static final String NIMBUS = "200000000000000002";
    static final String ORBIT = "200000000000000003";
    static final String QUIET = "200000000000000005";
    /** Channels and roles by the demo's numbering (DemoFixtureSeeder): guild × 100 + index. */
    static final String NIMBUS_TRACKED_POSTS = "400000000000000204";
    static final String NIMBUS_BRAND_ALERTS = "400000000000000205";
    static final String NIMBUS_CATEGORY = "400000000000000203";
    static final String NIMBUS_VOICE = "400000000000000211";
    static final String NIMBUS_ARTIST_ROLE = "500000000000000202";
    static final String NIMBUS_BOT_ROLE = "500000000000000203";
    static final String ACME_CHANNEL = "400000000000000110";
    static final String ACME_ROLE = "500000000000000102";
    static final String ORBIT_TRACKED_POSTS = "400000000000000304";

    private final ApiClient api;

    SettingsApiSupport(ApiClient api) {
        this.api = api;
    }

    static String path(String guildId) {
        return "/api/v1/guilds/" + guildId + "/settings";
    }

    HttpResponse<String> get(String guildId, String token) {
        return api.get(path(guildId), token);
    }

    JsonNode read(String guildId, String token) {
        HttpResponse<String> response = get(guildId, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = DemoSignIn.json(response.body());
        assertThat(response.headers().firstValue("ETag")).hasValue("\"" + body.get("version").asLong() + "\"");
        return body;
    }

    /** The editable part of an answer, to send back (changed or not). */
    static ObjectNode input(JsonNode answer) {
        ObjectNode input = answer.deepCopy();
        input.remove(List.of("version", "health", "updatedAt", "updatedBy"));
        return input;
    }

    HttpResponse<String> put(String guildId, String token, String ifMatch, JsonNode body) {
        List<String> headers = new ArrayList<>(List.of("Authorization", "Bearer " + token));
        if (ifMatch != null) {
            headers.addAll(List.of("If-Match", ifMatch));
        }
        return api.http().putJson(path(guildId), body.toString(), headers.toArray(String[]::new));
    }

    HttpResponse<String> put(String guildId, String token, long version, JsonNode body) {
        return put(guildId, token, "\"" + version + "\"", body);
    }

    /** Saves {@code body} on top of whatever version is current (to put fixtures back). */
    void restore(String guildId, String token, JsonNode body) {
        long version = read(guildId, token).get("version").asLong();
        HttpResponse<String> response = put(guildId, token, version, input(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    static List<String> fields(HttpResponse<String> problem) {
        List<String> fields = new ArrayList<>();
        DemoSignIn.json(problem.body()).path("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    static List<String> codes(JsonNode warnings) {
        List<String> codes = new ArrayList<>();
        warnings.forEach(warning -> codes.add(warning.get("code").asText()));
        return codes;
    }
}
