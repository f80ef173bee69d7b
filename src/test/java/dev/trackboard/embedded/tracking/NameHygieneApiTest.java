package dev.trackboard.embedded.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trackboard.embedded.ApiClient;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.EmbeddedAppTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * Input hygiene of names (decision 0035): invisible characters removed, controls refused, NFC,
 * lookalike brand names refused as duplicates; absent ids are null; over-limit list parameters are
 * problem+json 400s that name the parameter. JSON bodies are written with escapes, as a client sends them.
 */
@EmbeddedAppTest
class NameHygieneApiTest {

    private static final String ORBIT = "200000000000000003";
    private static final String BRANDS = "/api/v1/guilds/" + ORBIT + "/brands";
    private static final String ACCOUNTS = "/api/v1/guilds/" + ORBIT + "/accounts";
    private static final String POSTS = "/api/v1/guilds/" + ORBIT + "/posts";

    @Value("${local.server.port}")
    int port;

    ApiClient api;
    String alice;
    final List<String> created = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        alice = ApiClient.accessToken(api.session("alice"));
    }

    @AfterEach
    void putDemoDataBack() {
        created.forEach(path -> api.http().delete(path, "Authorization", "Bearer " + alice));
    }

    @Test
    void aBrandNameOfOnlyInvisibleCharactersIsRefused() {
        for (String invisible : List.of("\\u200b", "\\u200b\\u200c\\u200d\\ufeff", "\\u202e\\u2066", "\\u00ad",
                "\\u3164", "\\u00a0\\u2800")) {
            HttpResponse<String> response = postBrand(invisible, "[]");
            assertThat(fieldError(response, "name")).as(invisible).contains("visible character");
        }
        assertThat(fieldError(postBrand("   ", "[]"), "name")).isEqualTo("is required");
    }

    @Test
    void controlCharactersUnpairedSurrogatesAndLineBreaksAreRefused() {
        for (String bad : List.of("Bad\\u0085Name", "Bad\\u007fName", "Bad\\nName", "Bad\\tName", "Bad\\u2028Name",
                "Bad\\u009bName")) {
            assertThat(fieldError(postBrand(bad, "[]"), "name")).as(bad).contains("control characters");
        }
        assertThat(fieldError(postBrand("Bad\\ud800Name", "[]"), "name")).contains("valid Unicode text (found U+D800)");
        assertThat(fieldError(postBrand("Bad\\udc00", "[]"), "name")).contains("U+DC00");
        assertThat(fieldError(postBrand("Fine name", "[\"ok\",\"del\\u007f\"]"), "keywords"))
                .startsWith("keyword 2 ").contains("control characters");
        assertThat(fieldError(postBrand("Fine name", "[\"\\u200b\"]"), "keywords")).contains("visible character");
        assertThat(fieldError(postAccount("{\"platform\":\"X\",\"handle\":\"hygiene_one\",\"displayName\":\"\\u200b\\u2060\"}"),
                "displayName")).contains("visible character");
        assertThat(fieldError(postAccount("{\"platform\":\"X\",\"handle\":\"hygiene_one\",\"displayName\":\"Two\\u0085Lines\"}"),
                "displayName")).contains("control characters");
    }

    @Test
    void invisibleCharactersAreRemovedAndNamesStoredAsNfc() {
        JsonNode brand = created(postBrand("\\u200bNe\\u200bon \\u202eLights\\u202c\\u00a0\\u00a0Co\\ufeff ",
                "[\"cafe\\u0301\",\"Caf\\u00e9\",\"glow\\u200b\"]"), BRANDS);
        assertThat(brand.get("name").asText()).isEqualTo("Neon Lights Co");
        // e + combining acute is NFC "é": the two spellings are one keyword
        assertThat(brand.get("keywords").toString()).isEqualTo("[\"caf\u00e9\",\"glow\"]");

        JsonNode account = created(postAccount("{\"platform\":\"X\",\"handle\":\"hygiene_two\","
                + "\"displayName\":\"Zo\\u0065\\u0308 \\ud83d\\udc69\\u200d\\ud83d\\udc69\\u200d\\ud83d\\udc67 \\u200bfans\"}"), ACCOUNTS);
        // the joiners of the family emoji stay (a ZWJ sequence), the zero-width space goes
        assertThat(account.get("displayName").asText())
                .isEqualTo("Zo\u00eb \ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67 fans");
    }

    @Test
    void lookalikeBrandNamesAreRefusedAsDuplicates() {
        // "Aurora Audio" is a demo brand of every guild
        for (String lookalike : List.of("Aurora Audio\\u200b", "\\u0410urora \\u0410udio", "AURORA AUDIO",
                "Aur0ra Audio", "Aurora\\u00a0Audio", "Aurora  Audio", "\\u0391urora Audio")) {
            HttpResponse<String> response = postBrand(lookalike, "[]");
            assertThat(fieldError(response, "name")).as(lookalike)
                    .isEqualTo("a brand with this name, or one that looks the same, already exists: Aurora Audio");
        }
        JsonNode mine = created(postBrand("Hygiene Brand", "[]"), BRANDS);
        HttpResponse<String> rename = api.http().putJson(BRANDS + "/" + mine.get("id").asText(),
                "{\"name\":\"\\u0410urora Audio\",\"keywords\":[],\"color\":\"#112233\"}", "Authorization", "Bearer " + alice);
        assertThat(fieldError(rename, "name")).contains("already exists: Aurora Audio");
        HttpResponse<String> keep = api.http().putJson(BRANDS + "/" + mine.get("id").asText(),
                "{\"name\":\"Hygiene Br\\u0430nd\",\"keywords\":[],\"color\":\"#112233\"}", "Authorization", "Bearer " + alice);
        assertThat(keep.statusCode()).as("its own lookalike is no duplicate").isEqualTo(200);
    }

    @Test
    void anAccountWithoutBrandHasBrandIdNull() {
        JsonNode account = created(postAccount("{\"platform\":\"X\",\"handle\":\"no_brand_acct\"}"), ACCOUNTS);
        assertThat(account.has("brandId")).isTrue();
        assertThat(account.get("brandId").isNull()).as(account.toString()).isTrue();
        assertThat(account.get("brandName").isNull()).isTrue();
        JsonNode again = get(ACCOUNTS + "/" + account.get("id").asText());
        assertThat(again.get("brandId").isNull()).as(again.toString()).isTrue();
        JsonNode listed = get(ACCOUNTS + "?q=no_brand_acct").get("items").get(0);
        assertThat(listed.get("brandId").isNull()).as(listed.toString()).isTrue();
        JsonNode branded = get(ACCOUNTS + "?limit=1").get("items").get(0);
        assertThat(branded.get("brandId").isNull() || branded.get("brandId").asLong() > 0).isTrue();
    }

    @Test
    void overLimitListParametersAreProblem400sNamingTheParameter() {
        String longSearch = "a".repeat(201);
        for (String path : List.of(ACCOUNTS + "?q=" + longSearch, POSTS + "?q=" + longSearch,
                ACCOUNTS + "?brandId=" + "9".repeat(40), POSTS + "?accountId=" + "9".repeat(40),
                POSTS + "?brandId=" + "9".repeat(40), ACCOUNTS + "?limit=501", POSTS + "?offset=" + "9".repeat(30))) {
            HttpResponse<String> response = api.get(path, alice);
            String parameter = path.substring(path.indexOf('?') + 1, path.indexOf('='));
            assertThat(fieldError(response, parameter)).as(path).isNotBlank();
        }
        assertThat(get(ACCOUNTS + "?q=" + "a".repeat(200)).get("total").asLong()).isZero();
    }

    private HttpResponse<String> postBrand(String nameJson, String keywordsJson) {
        return api.http().postJson(BRANDS, "{\"name\":\"" + nameJson + "\",\"keywords\":" + keywordsJson
                + ",\"color\":\"#112233\"}", "Authorization", "Bearer " + alice);
    }

    private HttpResponse<String> postAccount(String json) {
        return api.http().postJson(ACCOUNTS, json, "Authorization", "Bearer " + alice);
    }

    private JsonNode created(HttpResponse<String> response, String collection) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = DemoSignIn.json(response.body());
        created.add(collection + "/" + body.get("id").asText());
        return body;
    }

    private JsonNode get(String path) {
        HttpResponse<String> response = api.get(path, alice);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return DemoSignIn.json(response.body());
    }

    /** The message of the field error on {@code field} of a problem+json 400. */
    private static String fieldError(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        for (JsonNode error : DemoSignIn.json(response.body()).get("errors")) {
            if (error.get("field").asText().equals(field)) {
                return error.get("message").asText();
            }
        }
        throw new AssertionError("no field error on " + field + ": " + response.body());
    }
}
