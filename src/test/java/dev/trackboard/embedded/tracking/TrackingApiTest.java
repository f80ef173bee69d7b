package dev.trackboard.embedded.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trackboard.embedded.ApiClient;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.SignedInApiTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Accounts and brands: filters, validation, duplicates, audit entries, and the per-object guild check. */
class TrackingApiTest extends SignedInApiTest {

    static final String ACME = "200000000000000001";
    static final String NIMBUS = "200000000000000002";
    static final String ORBIT = "200000000000000003";
    /** Objects of Nimbus, generated with deterministic ids (see DemoTrackingSeeder). */
    static final long NIMBUS_ACCOUNT = 2_000_000L;
    static final long NIMBUS_BRAND = 2_000L;
    static final long NIMBUS_POST = 20_000_000_000L + 100 + 1;

    @Test
    void accountFiltersNarrowTheList() {
        String base = "/api/v1/guilds/" + ORBIT + "/accounts?limit=500";
        long all = get(base, alice).get("total").asLong();
        JsonNode youtube = get(base + "&platform=YOUTUBE", alice);
        JsonNode paused = get(base + "&status=PAUSED", alice);
        JsonNode search = get(base + "&q=NOVA", alice);

        assertThat(all).isEqualTo(150);
        assertThat(youtube.get("total").asLong()).isBetween(1L, all - 1);
        youtube.get("items").forEach(a -> assertThat(a.get("platform").asText()).isEqualTo("YOUTUBE"));
        paused.get("items").forEach(a -> assertThat(a.get("status").asText()).isEqualTo("PAUSED"));
        assertThat(search.get("total").asLong()).isPositive();
        search.get("items").forEach(a -> assertThat(a.get("handle").asText().toLowerCase()
                + a.get("displayName").asText().toLowerCase()).contains("nova"));
        JsonNode sorted = get("/api/v1/guilds/" + ORBIT + "/accounts?sort=handle&direction=desc&limit=5", alice).get("items");
        assertThat(sorted.get(0).get("handle").asText().compareToIgnoreCase(sorted.get(1).get("handle").asText())).isPositive();
    }

    @Test
    void postFiltersNarrowTheList() {
        String base = "/api/v1/guilds/" + ORBIT + "/posts?limit=100";
        JsonNode account = get("/api/v1/guilds/" + ORBIT + "/accounts?limit=1", alice).get("items").get(0);
        long accountId = account.get("id").asLong();
        JsonNode byAccount = get(base + "&accountId=" + accountId, alice);
        assertThat(byAccount.get("total").asLong()).isPositive();
        byAccount.get("items").forEach(p -> assertThat(p.get("accountId").asLong()).isEqualTo(accountId));
        JsonNode byText = get(base + "&q=GIVEAWAY", alice);
        byText.get("items").forEach(p -> assertThat(p.get("text").asText().toLowerCase()).contains("giveaway"));
        JsonNode x = get(base + "&platform=X", alice);
        x.get("items").forEach(p -> assertThat(p.get("platform").asText()).isEqualTo("X"));
        String newest = get("/api/v1/guilds/" + ORBIT + "/posts?limit=1", alice).get("items").get(0).get("postedAt").asText();
        JsonNode dated = get(base + "&to=" + newest, alice);
        dated.get("items").forEach(p -> assertThat(p.get("postedAt").asText()).isLessThan(newest));
        assertThat(dated.get("total").asLong()).isEqualTo(get(base, alice).get("total").asLong() - 1);
        JsonNode brand = get("/api/v1/guilds/" + ORBIT + "/brands", alice).get("items").get(0);
        JsonNode byBrand = get(base + "&brandId=" + brand.get("id").asText(), alice);
        assertThat(byBrand.get("total").asLong()).isEqualTo(brand.get("postCount").asLong());
    }

    @Test
    void badListParametersAreFieldErrors() {
        for (String query : new String[] {"limit=501", "limit=-1", "offset=x", "sort=text", "direction=up",
                "platform=MYSPACE", "from=yesterday"}) {
            HttpResponse<String> response = api.get("/api/v1/guilds/" + ORBIT + "/posts?" + query, alice);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(DemoSignIn.json(response.body()).get("errors").get(0).get("field").asText())
                    .as(query).isEqualTo(query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    void accountsAreValidatedPerPlatformAndDuplicatesRefused() {
        String path = "/api/v1/guilds/" + ORBIT + "/accounts";
        assertFieldError(post(path, "{\"platform\":\"X\",\"handle\":\"this_handle_is_far_too_long\"}"), "handle");
        assertFieldError(post(path, "{\"platform\":\"BLUESKY\",\"handle\":\"no_domain\"}"), "handle");
        assertFieldError(post(path, "{\"platform\":\"FRIENDSTER\",\"handle\":\"abc\"}"), "platform");
        assertFieldError(post(path, "{\"platform\":\"X\",\"handle\":\"\"}"), "handle");
        assertFieldError(post(path, "{\"platform\":\"X\",\"handle\":\"ok_handle\",\"brandId\":\"" + NIMBUS_BRAND + "\"}"),
                "brandId");
        assertFieldError(post(path, "{\"platform\":\"X\",\"handle\":\"ok_handle\",\"displayName\":\"" + "n".repeat(101) + "\"}"),
                "displayName");

        HttpResponse<String> created = post(path, "{\"platform\":\"X\",\"handle\":\"@Orbit_Fresh\",\"displayName\":\"Fresh\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode account = DemoSignIn.json(created.body());
        assertThat(account.get("handle").asText()).isEqualTo("Orbit_Fresh");
        assertThat(account.get("status").asText()).isEqualTo("ACTIVE");
        assertFieldError(post(path, "{\"platform\":\"X\",\"handle\":\"orbit_fresh\"}"), "handle");

        long id = account.get("id").asLong();
        HttpResponse<String> updated = api.http().putJson(path + "/" + id,
                "{\"platform\":\"X\",\"handle\":\"orbit_fresh\",\"displayName\":\"Renamed\",\"status\":\"PAUSED\"}",
                "Authorization", "Bearer " + alice);
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(DemoSignIn.json(updated.body()).get("displayName").asText()).isEqualTo("Renamed");

        List<String> actions = audit(ORBIT, "ACCOUNT", String.valueOf(id));
        assertThat(actions).containsExactly("ACCOUNT_CREATED", "ACCOUNT_UPDATED");
        String changes = embeddedJdbcClient.sql("SELECT changes FROM api_audit_entry WHERE target_type = 'ACCOUNT' AND target_id = ? AND action = 'ACCOUNT_UPDATED'")
                .param(String.valueOf(id)).query(String.class).single();
        assertThat(changes).contains("\"field\":\"displayName\",\"before\":\"Fresh\",\"after\":\"Renamed\"")
                .contains("\"field\":\"status\",\"before\":\"ACTIVE\",\"after\":\"PAUSED\"")
                .contains("\"field\":\"handle\",\"before\":\"Orbit_Fresh\",\"after\":\"orbit_fresh\"");
        assertThat(embeddedJdbcClient.sql("SELECT actor_id FROM api_audit_entry WHERE target_type = 'ACCOUNT' AND target_id = ?")
                .param(String.valueOf(id)).query(String.class).list()).containsOnly("100000000000000001");

        assertThat(api.http().delete(path + "/" + id, "Authorization", "Bearer " + alice).statusCode()).isEqualTo(204);
        assertThat(audit(ORBIT, "ACCOUNT", String.valueOf(id))).endsWith("ACCOUNT_DELETED");
    }

    @Test
    void bulkActionsChangeAllOrNothing() {
        String path = "/api/v1/guilds/" + ORBIT + "/accounts";
        JsonNode items = get(path + "?status=ACTIVE&limit=3", alice).get("items");
        List<String> ids = new ArrayList<>();
        items.forEach(a -> ids.add(a.get("id").asText()));

        HttpResponse<String> foreign = post(path + "/bulk", "{\"action\":\"PAUSE\",\"ids\":[\"" + ids.get(0) + "\",\"" + NIMBUS_ACCOUNT + "\"]}");
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(get(path + "/" + ids.get(0), alice).get("status").asText()).isEqualTo("ACTIVE");

        HttpResponse<String> paused = post(path + "/bulk", "{\"action\":\"PAUSE\",\"ids\":" + json(ids) + "}");
        assertThat(paused.statusCode()).as(paused.body()).isEqualTo(200);
        assertThat(DemoSignIn.json(paused.body()).get("affected").asInt()).isEqualTo(3);
        ids.forEach(id -> assertThat(get(path + "/" + id, alice).get("status").asText()).isEqualTo("PAUSED"));
        // the demo account's history (DemoAuditSeeder) comes first; the bulk pause is its newest entry
        assertThat(audit(ORBIT, "ACCOUNT", ids.get(1))).startsWith("ACCOUNT_CREATED").endsWith("ACCOUNT_PAUSED");

        HttpResponse<String> resumed = post(path + "/bulk", "{\"action\":\"RESUME\",\"ids\":" + json(ids) + "}");
        assertThat(DemoSignIn.json(resumed.body()).get("affected").asInt()).isEqualTo(3);
        assertFieldError(post(path + "/bulk", "{\"action\":\"EXPLODE\",\"ids\":" + json(ids) + "}"), "action");
        assertFieldError(post(path + "/bulk", "{\"action\":\"PAUSE\",\"ids\":[]}"), "ids");
    }

    @Test
    void brandsHaveCountsUniqueNamesAndAuditedChanges() {
        String path = "/api/v1/guilds/" + ORBIT + "/brands";
        JsonNode brands = get(path, alice).get("items");
        assertThat(brands.size()).isEqualTo(24);
        long accounts = 0;
        for (JsonNode brand : brands) {
            accounts += brand.get("accountCount").asLong();
        }
        assertThat(accounts).isPositive();

        assertFieldError(post(path, "{\"name\":\"aurora audio\",\"keywords\":[],\"color\":\"#112233\"}"), "name");
        assertFieldError(post(path, "{\"name\":\"Fine\",\"keywords\":[],\"color\":\"red\"}"), "color");
        assertFieldError(post(path, "{\"name\":\"" + "b".repeat(101) + "\",\"keywords\":[],\"color\":\"#112233\"}"), "name");
        HttpResponse<String> created = post(path, "{\"name\":\"Test <b>Brand</b>\",\"keywords\":[\"one\",\"One\",\"two\"],\"color\":\"#AABBCC\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode brand = DemoSignIn.json(created.body());
        assertThat(brand.get("name").asText()).isEqualTo("Test <b>Brand</b>");
        assertThat(brand.get("keywords").size()).isEqualTo(2);
        assertThat(brand.get("color").asText()).isEqualTo("#aabbcc");
        String id = brand.get("id").asText();
        HttpResponse<String> renamed = api.http().putJson(path + "/" + id,
                "{\"name\":\"Test Brand\",\"keywords\":[\"one\"],\"color\":\"#aabbcc\"}", "Authorization", "Bearer " + alice);
        assertThat(renamed.statusCode()).isEqualTo(200);
        assertThat(api.http().delete(path + "/" + id, "Authorization", "Bearer " + alice).statusCode()).isEqualTo(204);
        assertThat(audit(ORBIT, "BRAND", id)).containsExactly("BRAND_CREATED", "BRAND_UPDATED", "BRAND_DELETED");
    }

    @Test
    void everyEndpointRefusesObjectsOfAnotherGuild() {
        // alice may open Acme and Nimbus, but Nimbus' objects do not exist under Acme
        String acme = "/api/v1/guilds/" + ACME;
        assertThat(api.get(acme + "/accounts/" + NIMBUS_ACCOUNT, alice).statusCode()).isEqualTo(404);
        assertThat(api.get(acme + "/posts/" + NIMBUS_POST, alice).statusCode()).isEqualTo(404);
        assertThat(api.get(acme + "/brands/" + NIMBUS_BRAND, alice).statusCode()).isEqualTo(404);
        String account = "{\"platform\":\"X\",\"handle\":\"stolen\"}";
        assertThat(api.http().putJson(acme + "/accounts/" + NIMBUS_ACCOUNT, account, "Authorization", "Bearer " + alice)
                .statusCode()).isEqualTo(404);
        assertThat(api.http().delete(acme + "/accounts/" + NIMBUS_ACCOUNT, "Authorization", "Bearer " + alice)
                .statusCode()).isEqualTo(404);
        String brand = "{\"name\":\"Stolen\",\"keywords\":[],\"color\":\"#000000\"}";
        assertThat(api.http().putJson(acme + "/brands/" + NIMBUS_BRAND, brand, "Authorization", "Bearer " + alice)
                .statusCode()).isEqualTo(404);
        assertThat(api.http().delete(acme + "/brands/" + NIMBUS_BRAND, "Authorization", "Bearer " + alice)
                .statusCode()).isEqualTo(404);
        assertThat(api.http().postJson(acme + "/accounts/bulk", "{\"action\":\"DELETE\",\"ids\":[\"" + NIMBUS_ACCOUNT + "\"]}",
                "Authorization", "Bearer " + alice).statusCode()).isEqualTo(404);
        // the objects are still there, in their own guild
        assertThat(api.get("/api/v1/guilds/" + NIMBUS + "/accounts/" + NIMBUS_ACCOUNT, alice).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/guilds/" + NIMBUS + "/posts/" + NIMBUS_POST, alice).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/guilds/" + NIMBUS + "/brands/" + NIMBUS_BRAND, alice).statusCode()).isEqualTo(200);
        // ids that are no number answer like unknown ones
        assertThat(api.get(acme + "/posts/abc", alice).statusCode()).isEqualTo(404);
        assertThat(api.get(acme + "/accounts/-1", alice).statusCode()).isEqualTo(404);
    }

    @Test
    void guildsTheCallerMayNotOpenAre404OnEveryTrackingEndpoint() {
        // bob is a plain member of Acme, carol has no managed guild at all
        String carol = ApiClient.accessToken(api.session("carol"));
        for (String token : List.of(bob, carol)) {
            for (String path : List.of("/accounts", "/accounts/1000000", "/posts", "/posts/10000000101", "/brands",
                    "/brands/1000")) {
                assertThat(api.get("/api/v1/guilds/" + ACME + path, token).statusCode()).as(path).isEqualTo(404);
            }
            assertThat(api.http().postJson("/api/v1/guilds/" + ACME + "/brands",
                    "{\"name\":\"X\",\"keywords\":[],\"color\":\"#000000\"}", "Authorization", "Bearer " + token)
                    .statusCode()).isEqualTo(404);
            assertThat(api.http().postJson("/api/v1/guilds/" + ACME + "/accounts/bulk",
                    "{\"action\":\"DELETE\",\"ids\":[\"1000000\"]}", "Authorization", "Bearer " + token)
                    .statusCode()).isEqualTo(404);
        }
        assertThat(api.get("/api/v1/guilds/" + ACME + "/accounts/1000000", alice).statusCode()).isEqualTo(200);
    }

    @Test
    void hostileDemoTextComesBackVerbatim() {
        // the oldest posts: dated the day the bot joined, so they are not what an admin sees first
        JsonNode oldest = get("/api/v1/guilds/" + ACME + "/posts?direction=asc&limit=6", alice).get("items");
        JsonNode newest = get("/api/v1/guilds/" + ACME + "/posts?limit=50", alice).get("items");
        List<String> texts = new ArrayList<>();
        oldest.forEach(p -> texts.add(p.get("text").asText()));
        newest.forEach(p -> assertThat(p.get("text").asText()).doesNotContain("<script>", "\u202E", "\u200B"));
        assertThat(texts).anyMatch(t -> t.startsWith("<script>alert('xss')</script>"))
                .anyMatch(t -> t.contains("\u202E"))
                .anyMatch(t -> t.contains("\u200B"))
                .anyMatch(t -> t.length() == 10_000);
    }

    @Test
    void acmeOpensOnOrdinaryNamesAndKeepsItsHostileOnesFurtherDown() {
        List<String> brands = new ArrayList<>();
        get("/api/v1/guilds/" + ACME + "/brands", alice).get("items").forEach(b -> brands.add(b.get("name").asText()));
        assertThat(brands.getFirst()).isEqualTo("Aurora Audio");
        assertThat(brands.subList(0, 24)).allMatch(name -> name.matches("[A-Z][a-z]+ [A-Z][a-z]+"));
        assertThat(brands).anyMatch(name -> name.contains("<img src=x onerror=alert('brand')>"))
                .anyMatch(name -> name.contains("\u202E")).anyMatch(name -> name.contains("\u200B"));

        JsonNode firstAccounts = get("/api/v1/guilds/" + ACME + "/accounts?limit=100", alice).get("items");
        firstAccounts.forEach(a -> assertThat(a.get("displayName").asText()).matches("[A-Z][a-z]+ [A-Z][a-z]+ \\d+"));
        List<String> lastAccounts = new ArrayList<>();
        get("/api/v1/guilds/" + ACME + "/accounts?direction=desc&limit=20", alice).get("items")
                .forEach(a -> lastAccounts.add(a.get("displayName").asText()));
        assertThat(lastAccounts).contains("<script>alert(\"account\")</script>");
    }

    private List<String> audit(String guildId, String type, String targetId) {
        return embeddedJdbcClient.sql("SELECT action FROM api_audit_entry WHERE guild_id = ? AND target_type = ? AND target_id = ? ORDER BY id")
                .params(guildId, type, targetId).query(String.class).list();
    }

    private static String json(List<String> ids) {
        return "[\"" + String.join("\",\"", ids) + "\"]";
    }

    private HttpResponse<String> post(String path, String json) {
        return api.http().postJson(path, json, "Authorization", "Bearer " + alice);
    }

    private JsonNode get(String path, String token) {
        HttpResponse<String> response = api.get(path, token);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return DemoSignIn.json(response.body());
    }

    private static void assertFieldError(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        DemoSignIn.json(response.body()).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains(field);
    }
}
