package dev.trackboard.embedded.settings;

import static dev.trackboard.embedded.settings.SettingsApiSupport.ACME;
import static dev.trackboard.embedded.settings.SettingsApiSupport.NIMBUS;
import static dev.trackboard.embedded.settings.SettingsApiSupport.NIMBUS_TRACKED_POSTS;
import static dev.trackboard.embedded.settings.SettingsApiSupport.ORBIT;
import static dev.trackboard.embedded.settings.SettingsApiSupport.ORBIT_TRACKED_POSTS;
import static dev.trackboard.embedded.settings.SettingsApiSupport.codes;
import static dev.trackboard.embedded.settings.SettingsApiSupport.fields;
import static dev.trackboard.embedded.settings.SettingsApiSupport.input;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.SignedInApiTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Undoing a settings change through {@code POST /audit/{entryId}/revert}: the entry's fields go back
 * on the current settings with If-Match (428 without, 412 when stale), once; later changes of the
 * same fields need confirm=true; a value that is no longer valid is a field error and nothing is
 * saved; the detail says what an undo needs. Every test puts the fixtures back.
 */
class SettingsRevertApiTest extends SignedInApiTest {

    SettingsApiSupport settings;
    JsonNode nimbusAsFixture;
    JsonNode acmeAsFixture;

    @BeforeEach
    void setUp() {
        settings = new SettingsApiSupport(api);
        nimbusAsFixture = settings.read(NIMBUS, alice);
        acmeAsFixture = settings.read(ACME, alice);
    }

    @AfterEach
    void putFixturesBack() {
        settings.restore(NIMBUS, alice, nimbusAsFixture);
        settings.restore(ACME, alice, acmeAsFixture);
        embeddedJdbcClient.sql("DELETE FROM guild_settings WHERE guild_id = ?").param(ORBIT).update();
    }

    @Test
    void anUndoSetsTheFieldsBackOnceAsANewAuditedChange() {
        long entry = save(NIMBUS, alice, input(nimbusAsFixture).put("minLikes", 75).put("retentionDays", 120));
        long version = settings.read(NIMBUS, alice).get("version").asLong();

        JsonNode detail = detail(NIMBUS, entry, alice);
        assertThat(detail.get("revertible").asBoolean()).isTrue();
        assertThat(detail.get("notRevertibleCode").isNull()).isTrue();
        assertThat(detail.get("laterChanges")).isEmpty();
        assertThat(detail.get("settingsVersion").asLong()).isEqualTo(version);

        HttpResponse<String> undone = revert(NIMBUS, entry, "", "\"" + version + "\"", bob);
        HttpResponse<String> again = revert(NIMBUS, entry, "", "\"" + (version + 1) + "\"", alice);

        assertThat(undone.statusCode()).as(undone.body()).isEqualTo(201);
        JsonNode undo = DemoSignIn.json(undone.body());
        assertThat(undo.get("action").asText()).isEqualTo("SETTINGS_UPDATED");
        assertThat(undo.get("revertOf").asLong()).isEqualTo(entry);
        assertThat(undo.get("actor").get("id").asText()).isEqualTo("100000000000000002");
        assertThat(undo.get("changes").toString()).contains("{\"field\":\"minLikes\",\"before\":75,\"after\":50}");
        JsonNode now = settings.read(NIMBUS, alice);
        assertThat(now.get("minLikes").asInt()).isEqualTo(nimbusAsFixture.get("minLikes").asInt());
        assertThat(now.get("retentionDays").asInt()).isEqualTo(nimbusAsFixture.get("retentionDays").asInt());
        assertThat(now.get("version").asLong()).isEqualTo(version + 1);
        assertThat(now.get("updatedAt").asText()).as("the version's time is its entry's")
                .isEqualTo(undo.get("createdAt").asText());
        assertThat(again.statusCode()).isEqualTo(409);
        JsonNode after = detail(NIMBUS, entry, alice);
        assertThat(after.get("notRevertibleCode").asText()).isEqualTo("ALREADY_UNDONE");
        assertThat(after.get("notRevertibleReason").asText()).isEqualTo("already undone");
        assertThat(after.get("revertedBy")).hasSize(1);
    }

    @Test
    void concurrentUndosOfOneEntryLetExactlyOneThrough() {
        long entry = save(NIMBUS, alice, input(nimbusAsFixture).put("minLikes", 75));
        String version = "\"" + settings.read(NIMBUS, alice).get("version").asLong() + "\"";
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> undos = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String token = i % 2 == 0 ? alice : bob;
            undos.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return revert(NIMBUS, entry, "", version, token).statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = undos.stream().map(CompletableFuture::join).toList();

        // the others lose either at the version check (412) or at "undone once" (409), by timing
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status != 201).isNotEmpty().allMatch(status -> status == 409 || status == 412);
        assertThat(detail(NIMBUS, entry, alice).get("revertedBy")).hasSize(1);
        assertThat(settings.read(NIMBUS, alice).get("minLikes").asInt()).isEqualTo(nimbusAsFixture.get("minLikes").asInt());
    }

    @Test
    void laterChangesOfTheSameFieldsAreListedAndNeedConfirmation() {
        long first = save(NIMBUS, alice, input(nimbusAsFixture).put("minLikes", 75));
        long second = save(NIMBUS, bob, input(settings.read(NIMBUS, bob)).put("minLikes", 80).put("retentionDays", 200));
        save(NIMBUS, bob, input(settings.read(NIMBUS, bob)).put("timeZone", "Europe/Paris"));
        long version = settings.read(NIMBUS, alice).get("version").asLong();

        JsonNode later = detail(NIMBUS, first, alice).get("laterChanges");
        assertThat(later).as("only the entry that changed minLikes too").hasSize(1);
        assertThat(later.get(0).get("id").asLong()).isEqualTo(second);
        assertThat(later.get(0).get("actor").get("id").asText()).isEqualTo("100000000000000002");

        HttpResponse<String> refused = revert(NIMBUS, first, "", "\"" + version + "\"", alice);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(DemoSignIn.json(refused.body()).get("detail").asText()).contains("changed later", "[" + second + "]");
        assertThat(settings.read(NIMBUS, alice).get("version").asLong()).isEqualTo(version);

        HttpResponse<String> confirmed = revert(NIMBUS, first, "?confirm=true", "\"" + version + "\"", alice);
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);
        JsonNode now = settings.read(NIMBUS, alice);
        assertThat(now.get("minLikes").asInt()).isEqualTo(nimbusAsFixture.get("minLikes").asInt());
        assertThat(now.get("retentionDays").asInt()).as("not a field of the undone entry").isEqualTo(200);
        assertThat(now.get("timeZone").asText()).isEqualTo("Europe/Paris");
    }

    @Test
    void anUndoNeedsIfMatchAndFailsWithoutWritingWhenSomeoneSavedSince() {
        long entry = save(NIMBUS, alice, input(nimbusAsFixture).put("minLikes", 75));
        long seen = settings.read(NIMBUS, alice).get("version").asLong();
        long entries = settingsEntries(NIMBUS);

        HttpResponse<String> without = revert(NIMBUS, entry, "", null, alice);
        HttpResponse<String> star = revert(NIMBUS, entry, "", "*", alice);
        assertThat(without.statusCode()).isEqualTo(428);
        assertThat(without.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(star.statusCode()).isEqualTo(428);

        save(NIMBUS, bob, input(settings.read(NIMBUS, bob)).put("retentionDays", 45));
        HttpResponse<String> stale = revert(NIMBUS, entry, "?confirm=true", "\"" + seen + "\"", alice);
        assertThat(stale.statusCode()).isEqualTo(412);
        JsonNode now = settings.read(NIMBUS, alice);
        assertThat(now.get("version").asLong()).isEqualTo(seen + 1);
        assertThat(now.get("minLikes").asInt()).isEqualTo(75);
        assertThat(settingsEntries(NIMBUS)).as("only bob's save").isEqualTo(entries + 1);
    }

    @Test
    void aValueThatIsNoLongerValidIsAFieldErrorAndNothingIsSaved() {
        String channel = "400000000000000298";
        embeddedJdbcClient.sql("INSERT INTO bot_channel (id, guild_id, name, type, parent_id, position) VALUES (?, ?, 'soon-gone', 'TEXT', NULL, 98)")
                .params(channel, NIMBUS).update();
        try {
            save(NIMBUS, alice, input(nimbusAsFixture).put("notificationChannelId", channel));
            save(NIMBUS, alice, input(settings.read(NIMBUS, alice)).put("notificationChannelId", NIMBUS_TRACKED_POSTS));
        } finally {
            embeddedJdbcClient.sql("DELETE FROM bot_channel WHERE id = ?").param(channel).update();
        }
        long back = lastEntry(NIMBUS);
        JsonNode before = settings.read(NIMBUS, alice);
        long entries = settingsEntries(NIMBUS);

        HttpResponse<String> refused = revert(NIMBUS, back, "", "\"" + before.get("version").asLong() + "\"", alice);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("notificationChannelId");
        assertThat(DemoSignIn.json(refused.body()).get("detail").asText()).contains("no longer valid", "notificationChannelId");
        assertThat(settings.read(NIMBUS, alice).get("version")).isEqualTo(before.get("version"));
        assertThat(settingsEntries(NIMBUS)).isEqualTo(entries);
        assertThat(detail(NIMBUS, back, alice).get("revertible").asBoolean()).as("nothing was undone").isTrue();
    }

    @Test
    void bobCannotReadOrUndoAcmesSettingsEntries() {
        long entry = save(ACME, alice, input(acmeAsFixture).put("minLikes", 12));
        long version = settings.read(ACME, alice).get("version").asLong();

        assertThat(api.get("/api/v1/guilds/" + ACME + "/audit/" + entry, bob).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/guilds/" + NIMBUS + "/audit/" + entry, bob).statusCode()).isEqualTo(404);
        assertThat(revert(ACME, entry, "", "\"" + version + "\"", bob).statusCode()).isEqualTo(404);
        assertThat(revert(NIMBUS, entry, "", "\"" + version + "\"", bob).statusCode()).isEqualTo(404);
        assertThat(settings.read(ACME, alice).get("minLikes").asInt()).isEqualTo(12);
        assertThat(detail(ACME, entry, alice).get("revertible").asBoolean()).isTrue();
    }

    @Test
    void undoingOrbitsChannelBringsItsWarningBack() {
        JsonNode defaults = settings.read(ORBIT, alice);
        long entry = save(ORBIT, alice, input(defaults).put("notificationChannelId", ORBIT_TRACKED_POSTS));
        assertThat(codes(health(ORBIT))).doesNotContain("NOTIFICATION_CHANNEL_MISSING");
        long version = detail(ORBIT, entry, alice).get("settingsVersion").asLong();

        HttpResponse<String> undone = revert(ORBIT, entry, "", "\"" + version + "\"", alice);

        assertThat(undone.statusCode()).as(undone.body()).isEqualTo(201);
        JsonNode now = settings.read(ORBIT, alice);
        assertThat(now.get("notificationChannelId").isNull()).isTrue();
        assertThat(codes(now.get("health"))).containsExactly("NOTIFICATION_CHANNEL_MISSING");
        assertThat(codes(health(ORBIT))).contains("NOTIFICATION_CHANNEL_MISSING");
    }

    @Test
    void theEntriesBetweenTwoVersionsAreFoundByTheVersionsTimes() {
        JsonNode loaded = settings.read(NIMBUS, alice);
        save(NIMBUS, bob, input(loaded).put("minLikes", 61));
        save(NIMBUS, bob, input(settings.read(NIMBUS, bob)).put("minLikes", 62));
        JsonNode theirs = settings.read(NIMBUS, alice);

        // what the conflict dialog asks: SETTINGS entries after my version's time, up to theirs
        Instant after = Instant.parse(loaded.get("updatedAt").asText());
        Instant upTo = Instant.parse(theirs.get("updatedAt").asText());
        JsonNode page = DemoSignIn.json(api.get("/api/v1/guilds/" + NIMBUS + "/audit?targetType=SETTINGS&from="
                + after.plusNanos(1) + "&to=" + upTo.plusNanos(1), alice).body());

        List<String> changed = new ArrayList<>();
        page.get("items").forEach(item -> changed.add(item.get("changes").get(0).get("after").asText()));
        assertThat(changed).containsExactly("62", "61");
    }

    private long save(String guildId, String token, ObjectNode body) {
        long version = settings.read(guildId, token).get("version").asLong();
        HttpResponse<String> saved = settings.put(guildId, token, version, body);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        return lastEntry(guildId);
    }

    private long lastEntry(String guildId) {
        return embeddedJdbcClient.sql("SELECT MAX(id) FROM api_audit_entry WHERE guild_id = ? AND target_type = 'SETTINGS'")
                .param(guildId).query(Long.class).single();
    }

    private long settingsEntries(String guildId) {
        return embeddedJdbcClient.sql("SELECT COUNT(*) FROM api_audit_entry WHERE guild_id = ? AND target_type = 'SETTINGS'")
                .param(guildId).query(Long.class).single();
    }

    private JsonNode detail(String guildId, long entry, String token) {
        HttpResponse<String> answer = api.get("/api/v1/guilds/" + guildId + "/audit/" + entry, token);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return DemoSignIn.json(answer.body());
    }

    private HttpResponse<String> revert(String guildId, long entry, String query, String ifMatch, String token) {
        List<String> headers = new ArrayList<>(List.of("Authorization", "Bearer " + token));
        if (ifMatch != null) {
            headers.addAll(List.of("If-Match", ifMatch));
        }
        return api.http().postJson("/api/v1/guilds/" + guildId + "/audit/" + entry + "/revert" + query, "{}",
                headers.toArray(String[]::new));
    }

    private JsonNode health(String guildId) {
        return DemoSignIn.json(api.get("/api/v1/guilds/" + guildId + "/health", alice).body()).get("items");
    }
}
