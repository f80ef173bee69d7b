package dev.trackboard.embedded.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.SignedInApiTest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The audit trail through the API: keyset pages under every filter give each entry once, in order;
 * bad filter values name their parameter; the table refuses UPDATE and DELETE itself; another
 * guild's entry answers exactly like a missing one; bulk entries share a group; reverts.
 */
class AuditApiTest extends SignedInApiTest {

    static final String ACME = "200000000000000001";
    static final String NIMBUS = "200000000000000002";
    static final String ORBIT = "200000000000000003";
    static final String ALICE = "100000000000000001";
    static final String BOB = "100000000000000002";
    static final String DANA = "100000000000000004";
    /** Demo entries share this instant in Nimbus, so pages must cut through a tie group. */
    static final Instant TIE = Instant.parse("2025-02-01T10:00:00Z");

    @BeforeEach
    void aTieGroupLongerThanAPage() {
        // entries may be written, never changed: a tie group of 23 (more than a page) written once per context
        if (embeddedJdbcClient.sql("SELECT COUNT(*) FROM api_audit_entry WHERE guild_id = ? AND created_at = ?")
                .params(NIMBUS, Timestamp.from(TIE)).query(Long.class).single() == 0) {
            for (int i = 0; i < 23; i++) {
                embeddedJdbcClient.sql("""
                        INSERT INTO api_audit_entry (guild_id, actor_id, action, target_type, target_id, target_name,
                                                     changes, created_at)
                        VALUES (?, ?, 'BRAND_UPDATED', 'BRAND', '2000', 'Aurora Audio', '[]', ?)""")
                        .params(NIMBUS, i % 2 == 0 ? DANA : BOB, Timestamp.from(TIE)).update();
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''",
            "actorId=" + BOB,
            "actorId=" + DANA,
            "action=ACCOUNT_CREATED",
            "action=BRAND_UPDATED",
            "targetType=BRAND",
            "targetType=ACCOUNT&action=ACCOUNT_PAUSED",
            "actorId=" + DANA + "&action=BRAND_UPDATED",
            "from=2025-02-01T10:00:00Z&to=2025-02-01T10:00:00.000001Z",
            "from=2024-01-01T00:00:00Z",
            "to=2025-02-01T10:00:00Z",
            "action=NO_SUCH_ACTION"})
    void walkingEveryPageGivesEveryEntryOnceNewestFirst(String filter) {
        List<Long> expected = expected(NIMBUS, filter);
        for (int limit : new int[] {7, 50}) {
            List<Long> walked = new ArrayList<>();
            List<JsonNode> entries = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                JsonNode page = page(NIMBUS, filter + "&limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor));
                page.get("items").forEach(entry -> {
                    walked.add(entry.get("id").asLong());
                    entries.add(entry);
                });
                assertThat(page.get("items").size()).isLessThanOrEqualTo(limit);
                cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
                assertThat(++pages).as("pages").isLessThan(10_000);
            } while (cursor != null);

            assertThat(walked).as("filter %s, limit %d", filter, limit).containsExactlyElementsOf(expected);
            assertThat(new HashSet<>(walked)).hasSameSizeAs(walked);
            for (int i = 1; i < entries.size(); i++) {
                assertThat(Instant.parse(entries.get(i - 1).get("createdAt").asText()))
                        .as("newest first at %d", i).isAfterOrEqualTo(Instant.parse(entries.get(i).get("createdAt").asText()));
            }
        }
        if (filter.isEmpty()) {
            assertThat(expected).hasSizeGreaterThan(150);
        }
    }

    /** The same order straight from the table: the oracle the walk must equal. */
    private List<Long> expected(String guildId, String filter) {
        StringBuilder sql = new StringBuilder("SELECT id FROM api_audit_entry WHERE guild_id = ?");
        List<Object> params = new ArrayList<>(List.of(guildId));
        for (String pair : filter.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            switch (kv[0]) {
                case "actorId" -> sql.append(" AND actor_id = ?");
                case "action" -> sql.append(" AND action = ?");
                case "targetType" -> sql.append(" AND target_type = ?");
                case "from" -> sql.append(" AND created_at >= ?");
                case "to" -> sql.append(" AND created_at < ?");
                default -> throw new IllegalArgumentException(kv[0]);
            }
            params.add(kv[0].equals("from") || kv[0].equals("to") ? Timestamp.from(Instant.parse(kv[1])) : kv[1]);
        }
        sql.append(" ORDER BY created_at DESC, id DESC");
        return embeddedJdbcClient.sql(sql.toString()).params(params).query(Long.class).list();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "actorId=alice|actorId", "actorId=12|actorId", "action=%3Cscript%3E|action", "action=" + "A" + "x" + "|''",
            "targetType=1ACCOUNT|targetType", "groupId=zz|groupId", "from=yesterday|from", "to=2026-13-01T00:00:00Z|to",
            "from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z|to", "limit=0|limit", "limit=201|limit", "limit=x|limit",
            "cursor=garbage!|cursor", "cursor=YTpiOmM|cursor"})
    void badFilterValuesAreRefusedNamingTheParameter(String query, String field) {
        HttpResponse<String> answer = api.get("/api/v1/guilds/" + NIMBUS + "/audit?" + query, bob);
        if (field.isEmpty()) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            return;
        }
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(DemoSignIn.json(answer.body()).get("errors").findValuesAsText("field")).containsExactly(field);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveEntries() {
        long id = embeddedJdbcClient.sql("SELECT MIN(id) FROM api_audit_entry WHERE guild_id = ?").param(ACME)
                .query(Long.class).single();
        String before = embeddedJdbcClient.sql("SELECT action || changes FROM api_audit_entry WHERE id = ?").param(id)
                .query(String.class).single();

        refused("UPDATE api_audit_entry SET action = 'FORGED' WHERE id = ?", id);
        refused("UPDATE api_audit_entry SET changes = '[]'");
        refused("DELETE FROM api_audit_entry WHERE id = ?", id);
        refused("DELETE FROM api_audit_entry");
        refused("MERGE INTO api_audit_entry (id, guild_id, actor_id, action, target_type, target_id, target_name, changes,"
                + " created_at) KEY (id) VALUES (?, 'g', 'a', 'FORGED', 'T', '1', 'n', '[]', CURRENT_TIMESTAMP)", id);
        // TRUNCATE fires no trigger in H2; the table's own foreign key (revert_of) makes H2 refuse it
        assertThatThrownBy(() -> embeddedJdbcClient.sql("TRUNCATE TABLE api_audit_entry").update())
                .rootCause().hasMessageContaining("Cannot truncate");

        assertThat(embeddedJdbcClient.sql("SELECT action || changes FROM api_audit_entry WHERE id = ?").param(id)
                .query(String.class).single()).isEqualTo(before);
        assertThat(embeddedJdbcClient.sql("SELECT COUNT(*) FROM api_audit_entry WHERE guild_id = ?").param(ACME)
                .query(Long.class).single()).isPositive();
    }

    @Test
    void anotherGuildsEntryAnswersLikeAMissingOne() {
        long acmeEntry = embeddedJdbcClient.sql("SELECT MAX(id) FROM api_audit_entry WHERE guild_id = ?").param(ACME)
                .query(Long.class).single();
        long missing = embeddedJdbcClient.sql("SELECT MAX(id) + 1000 FROM api_audit_entry").query(Long.class).single();

        HttpResponse<String> foreign = api.get("/api/v1/guilds/" + NIMBUS + "/audit/" + acmeEntry, bob);
        HttpResponse<String> absent = api.get("/api/v1/guilds/" + NIMBUS + "/audit/" + missing, bob);
        HttpResponse<String> revert = api.http().postJson("/api/v1/guilds/" + NIMBUS + "/audit/" + acmeEntry + "/revert",
                "{}", "Authorization", "Bearer " + bob);

        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(revert.statusCode()).isEqualTo(404);
        for (String member : List.of("status", "title", "detail")) {
            assertThat(DemoSignIn.json(foreign.body()).get(member)).isEqualTo(DemoSignIn.json(absent.body()).get(member));
        }
        // and Acme's own list is closed to bob (he is a plain member there)
        assertThat(api.get("/api/v1/guilds/" + ACME + "/audit", bob).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/guilds/" + ACME + "/audit/" + acmeEntry, bob).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/guilds/" + ACME + "/audit/" + acmeEntry, alice).statusCode()).isEqualTo(200);
    }

    @Test
    void anEntryShowsWhoWhatWhenAndEveryFieldBeforeAndAfter() {
        long id = embeddedJdbcClient.sql("""
                SELECT MIN(id) FROM api_audit_entry WHERE guild_id = ? AND action = 'ACCOUNT_UPDATED' AND actor_id = ?""")
                .params(ACME, ALICE).query(Long.class).single();

        JsonNode detail = DemoSignIn.json(api.get("/api/v1/guilds/" + ACME + "/audit/" + id, alice).body());

        JsonNode entry = detail.get("entry");
        assertThat(entry.get("actor").get("name").asText()).isEqualTo("Alice Lindqvist");
        assertThat(entry.get("target").get("type").asText()).isEqualTo("ACCOUNT");
        JsonNode change = entry.get("changes").get(0);
        assertThat(change.get("field").asText()).isEqualTo("displayName");
        String account = entry.get("target").get("id").asText();
        String now = embeddedJdbcClient.sql("SELECT display_name FROM trk_account WHERE id = ?").param(Long.parseLong(account))
                .query(String.class).single();
        assertThat(change.get("after").asText()).isEqualTo(now); // the demo history agrees with the data
        assertThat(detail.get("revertible").asBoolean()).isTrue();
    }

    @Test
    void aBulkActionWritesOneEntryPerTargetInOneGroup() {
        String accounts = "/api/v1/guilds/" + ORBIT + "/accounts";
        List<String> ids = DemoSignIn.json(api.get(accounts + "?status=ACTIVE&limit=3", alice).body()).get("items")
                .findValuesAsText("id");
        bulk(accounts, "PAUSE", ids);
        try {
            JsonNode page = page(ORBIT, "action=ACCOUNT_PAUSED&limit=3");
            String group = page.get("items").get(0).get("groupId").asText();
            JsonNode grouped = page(ORBIT, "groupId=" + group);
            assertThat(grouped.get("items").size()).isEqualTo(3);
            assertThat(grouped.get("items").findValues("target").stream().map(t -> t.get("id").asText()).toList())
                    .containsExactlyInAnyOrderElementsOf(ids);
        } finally {
            bulk(accounts, "RESUME", ids);
        }
    }

    @Test
    void pausingIsUndoneOnceAndTheUndoIsAuditedWithTheEntryItUndoes() {
        String accounts = "/api/v1/guilds/" + ORBIT + "/accounts";
        String id = DemoSignIn.json(api.get(accounts + "?status=ACTIVE&limit=1&offset=5", alice).body()).get("items")
                .get(0).get("id").asText();
        bulk(accounts, "PAUSE", List.of(id));
        long paused = page(ORBIT, "action=ACCOUNT_PAUSED&limit=1").get("items").get(0).get("id").asLong();

        HttpResponse<String> undone = revert(ORBIT, paused, "");
        HttpResponse<String> again = revert(ORBIT, paused, "");

        assertThat(undone.statusCode()).as(undone.body()).isEqualTo(201);
        JsonNode entry = DemoSignIn.json(undone.body());
        assertThat(entry.get("action").asText()).isEqualTo("ACCOUNT_RESUMED");
        assertThat(entry.get("revertOf").asLong()).isEqualTo(paused);
        assertThat(DemoSignIn.json(api.get(accounts + "/" + id, alice).body()).get("status").asText()).isEqualTo("ACTIVE");
        assertThat(again.statusCode()).isEqualTo(409);
        JsonNode detail = DemoSignIn.json(api.get("/api/v1/guilds/" + ORBIT + "/audit/" + paused, alice).body());
        assertThat(detail.get("revertedBy").get(0).asLong()).isEqualTo(entry.get("id").asLong());
        assertThat(detail.get("revertible").asBoolean()).isFalse();
    }

    @Test
    void aDeletedBrandIsCreatedAgainAndALaterChangedAccountNeedsConfirmation() {
        long deleted = embeddedJdbcClient.sql("SELECT id FROM api_audit_entry WHERE guild_id = ? AND action = 'BRAND_DELETED'"
                + " AND target_name = 'Yonder Yarn'").param(ORBIT).query(Long.class).single();
        HttpResponse<String> recreated = revert(ORBIT, deleted, "");
        assertThat(recreated.statusCode()).as(recreated.body()).isEqualTo(201);
        JsonNode brand = DemoSignIn.json(recreated.body()).get("target");
        assertThat(brand.get("name").asText()).isEqualTo("Yonder Yarn");
        assertThat(api.http().delete("/api/v1/guilds/" + ORBIT + "/brands/" + brand.get("id").asText(),
                "Authorization", "Bearer " + alice).statusCode()).isEqualTo(204);

        String accounts = "/api/v1/guilds/" + ORBIT + "/accounts";
        HttpResponse<String> created = api.http().postJson(accounts, "{\"platform\":\"X\",\"handle\":\"undo_me\"}",
                "Authorization", "Bearer " + alice);
        String account = DemoSignIn.json(created.body()).get("id").asText();
        try {
            put(accounts + "/" + account, "{\"platform\":\"X\",\"handle\":\"undo_me\",\"displayName\":\"First\"}");
            long first = page(ORBIT, "action=ACCOUNT_UPDATED&limit=1").get("items").get(0).get("id").asLong();
            put(accounts + "/" + account, "{\"platform\":\"X\",\"handle\":\"undo_me\",\"displayName\":\"Second\"}");

            HttpResponse<String> refused = revert(ORBIT, first, "");
            HttpResponse<String> confirmed = revert(ORBIT, first, "?confirm=true");

            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(DemoSignIn.json(refused.body()).get("detail").asText()).contains("changed later");
            assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);
            assertThat(DemoSignIn.json(api.get(accounts + "/" + account, alice).body()).get("displayName").asText())
                    .isEqualTo("undo_me");
        } finally {
            api.http().delete(accounts + "/" + account, "Authorization", "Bearer " + alice);
        }
    }

    @Test
    void theFilterPickersListWhatTheTrailHolds() {
        JsonNode facets = DemoSignIn.json(api.get("/api/v1/guilds/" + NIMBUS + "/audit/facets", bob).body());

        assertThat(facets.get("actors").findValuesAsText("id")).contains(ALICE, BOB, DANA);
        List<String> actions = new ArrayList<>();
        facets.get("actions").forEach(action -> actions.add(action.asText()));
        assertThat(actions).contains("ACCOUNT_CREATED", "BRAND_CREATED", "BRAND_DELETED", "ACCOUNT_PAUSED");
        List<String> types = new ArrayList<>();
        facets.get("targetTypes").forEach(type -> types.add(type.asText()));
        // SETTINGS too once another test of the shared context saved Nimbus' settings
        assertThat(types).contains("ACCOUNT", "BRAND").isSubsetOf("ACCOUNT", "BRAND", "SETTINGS").isSorted();
    }

    private void refused(String sql, Object... params) {
        assertThatThrownBy(() -> embeddedJdbcClient.sql(sql).params(params).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .rootCause().hasMessageContaining("immutable");
    }

    private JsonNode page(String guildId, String query) {
        HttpResponse<String> answer = api.get("/api/v1/guilds/" + guildId + "/audit?" + query, guildId.equals(NIMBUS) ? bob : alice);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return DemoSignIn.json(answer.body());
    }

    private HttpResponse<String> revert(String guildId, long entryId, String query) {
        return api.http().postJson("/api/v1/guilds/" + guildId + "/audit/" + entryId + "/revert" + query, "{}",
                "Authorization", "Bearer " + alice);
    }

    private void bulk(String accounts, String action, List<String> ids) {
        String body = "{\"action\":\"" + action + "\",\"ids\":[" + String.join(",", ids.stream().map(i -> "\"" + i + "\"").toList()) + "]}";
        HttpResponse<String> answer = api.http().postJson(accounts + "/bulk", body, "Authorization", "Bearer " + alice);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    private void put(String path, String json) {
        HttpResponse<String> answer = api.http().putJson(path, json, "Authorization", "Bearer " + alice);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }
}
