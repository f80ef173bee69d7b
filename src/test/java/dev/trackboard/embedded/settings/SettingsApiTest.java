package dev.trackboard.embedded.settings;

import static dev.trackboard.embedded.settings.SettingsApiSupport.ACME;
import static dev.trackboard.embedded.settings.SettingsApiSupport.ACME_CHANNEL;
import static dev.trackboard.embedded.settings.SettingsApiSupport.NIMBUS;
import static dev.trackboard.embedded.settings.SettingsApiSupport.NIMBUS_BRAND_ALERTS;
import static dev.trackboard.embedded.settings.SettingsApiSupport.ORBIT;
import static dev.trackboard.embedded.settings.SettingsApiSupport.ORBIT_TRACKED_POSTS;
import static dev.trackboard.embedded.settings.SettingsApiSupport.QUIET;
import static dev.trackboard.embedded.settings.SettingsApiSupport.codes;
import static dev.trackboard.embedded.settings.SettingsApiSupport.input;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trackboard.embedded.ApiClient;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.SignedInApiTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Settings over HTTP: versions and preconditions (428, 412, lost updates), the audit entry of each
 * change, health warnings, and tenancy. Field validation: SettingsValidationApiTest. Every test
 * puts Nimbus' and Orbit's settings back as the fixture has them (other tests read them).
 */
class SettingsApiTest extends SignedInApiTest {

    SettingsApiSupport settings;
    JsonNode nimbusAsFixture;

    @BeforeEach
    void setUp() {
        settings = new SettingsApiSupport(api);
        nimbusAsFixture = settings.read(NIMBUS, alice);
    }

    @AfterEach
    void putFixturesBack() {
        settings.restore(NIMBUS, alice, nimbusAsFixture);
        // Orbit never saved settings in the fixture: without its row it has the defaults again
        embeddedJdbcClient.sql("DELETE FROM guild_settings WHERE guild_id = ?").param(ORBIT).update();
    }

    @Test
    void theDemoGuildsHaveTheirFixtureSettings() {
        JsonNode acme = settings.read(ACME, alice);
        assertThat(acme.get("notificationChannelId").asText()).isEqualTo(ACME_CHANNEL);
        assertThat(acme.get("health")).hasSize(1);
        assertThat(acme.get("health").get(0).get("code").asText()).isEqualTo("BOT_MISSING_PERMISSION");
        assertThat(acme.get("health").get(0).get("permission").asText()).isEqualTo("EMBED_LINKS");
        assertThat(acme.get("health").get(0).get("channelName").asText()).isEqualTo("creator-collabs");
        assertThat(acme.get("health").get(0).get("field").asText()).isEqualTo("notificationChannelId");

        assertThat(nimbusAsFixture.get("delivery").asText()).isEqualTo("DAILY_DIGEST");
        assertThat(nimbusAsFixture.get("digestTime").asText()).isEqualTo("09:00");
        assertThat(nimbusAsFixture.get("quietHoursFrom").asText()).isEqualTo("22:00");
        assertThat(nimbusAsFixture.get("timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(nimbusAsFixture.get("health")).isEmpty();

        JsonNode orbit = settings.read(ORBIT, alice);
        assertThat(orbit.get("version").asLong()).isZero();
        assertThat(orbit.get("notificationChannelId").isNull()).isTrue();
        assertThat(orbit.get("updatedBy").isNull()).isTrue();
        assertThat(codes(orbit.get("health"))).containsExactly("NOTIFICATION_CHANNEL_MISSING");
    }

    @Test
    void aSaveNeedsIfMatchAndMovesTheVersionOn() {
        long version = nimbusAsFixture.get("version").asLong();
        ObjectNode change = input(nimbusAsFixture).put("minLikes", 75);

        HttpResponse<String> without = settings.put(NIMBUS, alice, null, change);
        HttpResponse<String> star = settings.put(NIMBUS, alice, "*", change);
        assertThat(without.statusCode()).isEqualTo(428);
        assertThat(without.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(star.statusCode()).isEqualTo(428);
        assertThat(settings.read(NIMBUS, alice).get("version").asLong()).isEqualTo(version);

        HttpResponse<String> saved = settings.put(NIMBUS, alice, version, change);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.headers().firstValue("ETag")).hasValue("\"" + (version + 1) + "\"");
        JsonNode after = DemoSignIn.json(saved.body());
        assertThat(after.get("version").asLong()).isEqualTo(version + 1);
        assertThat(after.get("minLikes").asInt()).isEqualTo(75);
        assertThat(after.get("updatedBy").asText()).isEqualTo("100000000000000001");

        HttpResponse<String> unchanged = settings.put(NIMBUS, alice, version + 1, change);
        assertThat(DemoSignIn.json(unchanged.body()).get("version").asLong())
                .as("a save that changes nothing keeps the version").isEqualTo(version + 1);
    }

    @Test
    void theSecondOfTwoAdminsWhoLoadedTheSameVersionGets412AndTheFirstsValuesSurvive() {
        JsonNode aliceLoaded = settings.read(NIMBUS, alice);
        JsonNode bobLoaded = settings.read(NIMBUS, bob);
        long audited = auditEntries(NIMBUS);

        HttpResponse<String> first = settings.put(NIMBUS, alice, aliceLoaded.get("version").asLong(),
                input(aliceLoaded).put("notificationChannelId", NIMBUS_BRAND_ALERTS));
        HttpResponse<String> second = settings.put(NIMBUS, bob, bobLoaded.get("version").asLong(),
                input(bobLoaded).put("retentionDays", 30).put("minLikes", 1));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(412);
        assertThat(second.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode now = settings.read(NIMBUS, bob);
        assertThat(now.get("notificationChannelId").asText()).isEqualTo(NIMBUS_BRAND_ALERTS);
        assertThat(now.get("retentionDays").asInt()).isEqualTo(aliceLoaded.get("retentionDays").asInt());
        assertThat(now.get("minLikes").asInt()).isEqualTo(aliceLoaded.get("minLikes").asInt());
        assertThat(auditEntries(NIMBUS)).isEqualTo(audited + 1);
        assertThat(settings.put(NIMBUS, bob, "\"not-a-version\"", input(bobLoaded)).statusCode()).isEqualTo(412);
    }

    @Test
    void concurrentSavesOfOneVersionLetExactlyOneThrough() throws Exception {
        long version = nimbusAsFixture.get("version").asLong();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> saves = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ObjectNode change = input(nimbusAsFixture).put("minLikes", 100 + i);
            saves.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return settings.put(NIMBUS, alice, version, change).statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = saves.stream().map(CompletableFuture::join).toList();

        assertThat(statuses).containsOnly(200, 412).filteredOn(status -> status == 200).hasSize(1);
        assertThat(settings.read(NIMBUS, alice).get("version").asLong()).isEqualTo(version + 1);
    }

    @Test
    void aChangeIsAuditedWithBeforeAndAfterOfTheChangedFieldsOnly() {
        long version = nimbusAsFixture.get("version").asLong();
        settings.put(NIMBUS, bob, version, input(nimbusAsFixture).put("minLikes", 7).put("delivery", "INSTANT")
                .putNull("digestTime"));

        Map<String, Object> entry = embeddedJdbcClient.sql("""
                SELECT actor_id, action, target_type, target_id, target_name, changes FROM api_audit_entry
                WHERE guild_id = ? ORDER BY id DESC LIMIT 1""").param(NIMBUS).query().singleRow();
        assertThat(entry).containsEntry("ACTOR_ID", "100000000000000002").containsEntry("ACTION", "SETTINGS_UPDATED")
                .containsEntry("TARGET_TYPE", "SETTINGS").containsEntry("TARGET_ID", NIMBUS)
                .containsEntry("TARGET_NAME", "Nimbus Studio");
        JsonNode changes = DemoSignIn.json((String) entry.get("CHANGES"));
        assertThat(changes).hasSize(3);
        assertThat(changes.toString()).contains("{\"field\":\"delivery\",\"before\":\"DAILY_DIGEST\",\"after\":\"INSTANT\"}",
                "{\"field\":\"digestTime\",\"before\":\"09:00\",\"after\":null}",
                "{\"field\":\"minLikes\",\"before\":50,\"after\":7}");
    }

    @Test
    void aRefusedChangeIsNotAudited() {
        long audited = auditEntries(NIMBUS);
        long version = nimbusAsFixture.get("version").asLong();
        assertThat(settings.put(NIMBUS, alice, version, input(nimbusAsFixture).put("minLikes", -1)).statusCode())
                .isEqualTo(400);
        assertThat(settings.put(NIMBUS, alice, version + 5, input(nimbusAsFixture).put("minLikes", 3)).statusCode())
                .isEqualTo(412);
        assertThat(auditEntries(NIMBUS)).isEqualTo(audited);
    }

    @Test
    void settingOrbitsChannelClearsItsWarningAndUnsettingItBringsItBack() {
        JsonNode before = settings.read(ORBIT, alice);
        assertThat(codes(health(ORBIT))).contains("NOTIFICATION_CHANNEL_MISSING");

        HttpResponse<String> set = settings.put(ORBIT, alice, 0, input(before).put("notificationChannelId", ORBIT_TRACKED_POSTS));
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(DemoSignIn.json(set.body()).get("health")).isEmpty();
        assertThat(codes(health(ORBIT))).doesNotContain("NOTIFICATION_CHANNEL_MISSING");

        HttpResponse<String> unset = settings.put(ORBIT, alice, 1, input(before));
        assertThat(codes(DemoSignIn.json(unset.body()).get("health"))).containsExactly("NOTIFICATION_CHANNEL_MISSING");
        assertThat(codes(health(ORBIT))).contains("NOTIFICATION_CHANNEL_MISSING");
    }

    @Test
    void theFirstSaveOfAGuildWithoutSettingsIsAlsoGuardedByItsVersion() {
        JsonNode defaults = settings.read(ORBIT, alice);
        assertThat(settings.put(ORBIT, alice, 0, input(defaults).put("minLikes", 1)).statusCode()).isEqualTo(200);
        String aliceInAnotherTab = ApiClient.accessToken(api.session("alice"));
        assertThat(settings.put(ORBIT, aliceInAnotherTab, 0, input(defaults).put("minLikes", 2)).statusCode())
                .isEqualTo(412);
        assertThat(settings.read(ORBIT, alice).get("minLikes").asInt()).isEqualTo(1);
    }

    @Test
    void missingPermissionsDeletedChannelsAndRolesAndTrackingOffAreWarningsNotErrors() {
        String channel = "400000000000000299";
        String role = "500000000000000299";
        embeddedJdbcClient.sql("INSERT INTO bot_channel (id, guild_id, name, type, parent_id, position) VALUES (?, ?, 'temp', 'TEXT', NULL, 99)")
                .params(channel, NIMBUS).update();
        embeddedJdbcClient.sql("INSERT INTO bot_role (id, guild_id, name, color, position, managed) VALUES (?, ?, 'Temp', 0, 99, FALSE)")
                .params(role, NIMBUS).update();
        embeddedJdbcClient.sql("INSERT INTO bot_channel_missing_permission (channel_id, permission) VALUES (?, 'SEND_MESSAGES'), (?, 'EMBED_LINKS')")
                .params(channel, channel).update();
        try {
            HttpResponse<String> saved = settings.put(NIMBUS, alice, nimbusAsFixture.get("version").asLong(),
                    input(nimbusAsFixture).put("notificationChannelId", channel).put("mentionRoleId", role)
                            .put("trackingEnabled", false));
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            JsonNode warnings = DemoSignIn.json(saved.body()).get("health");
            assertThat(codes(warnings)).containsExactly("TRACKING_DISABLED", "BOT_MISSING_PERMISSION", "BOT_MISSING_PERMISSION");
            assertThat(warnings.get(1).get("permission").asText()).isEqualTo("SEND_MESSAGES");
            assertThat(warnings.get(2).get("permission").asText()).isEqualTo("EMBED_LINKS");
            assertThat(warnings.get(0).get("field").asText()).isEqualTo("trackingEnabled");

            embeddedJdbcClient.sql("DELETE FROM bot_channel WHERE id = ?").param(channel).update();
            embeddedJdbcClient.sql("DELETE FROM bot_role WHERE id = ?").param(role).update();
            JsonNode now = settings.read(NIMBUS, alice).get("health");
            assertThat(codes(now)).containsExactly("TRACKING_DISABLED", "NOTIFICATION_CHANNEL_DELETED", "MENTION_ROLE_DELETED");
            assertThat(now.get(1).get("channelId").asText()).isEqualTo(channel);
            assertThat(now.get(2).get("roleId").asText()).isEqualTo(role);
            assertThat(now.get(2).get("field").asText()).isEqualTo("mentionRoleId");
            assertThat(codes(health(NIMBUS))).startsWith("TRACKING_DISABLED", "NOTIFICATION_CHANNEL_DELETED", "MENTION_ROLE_DELETED");
        } finally {
            embeddedJdbcClient.sql("DELETE FROM bot_channel_missing_permission WHERE channel_id = ?").param(channel).update();
            embeddedJdbcClient.sql("DELETE FROM bot_channel WHERE id = ?").param(channel).update();
            embeddedJdbcClient.sql("DELETE FROM bot_role WHERE id = ?").param(role).update();
        }
    }

    @Test
    void aGuildTheCallerCannotManageAnswersLikeOneThatDoesNotExist() {
        String carol = ApiClient.accessToken(api.session("carol"));
        JsonNode acme = settings.read(ACME, alice);
        HttpResponse<String> unknown = settings.get("299999999999999999", bob);
        for (HttpResponse<String> denied : List.of(settings.get(ACME, bob), settings.get(ACME, carol),
                settings.get(QUIET, alice), settings.put(ACME, bob, acme.get("version").asLong(),
                        input(acme).put("minLikes", 999)), settings.put(ACME, carol, "*", input(acme)))) {
            assertThat(denied.statusCode()).isEqualTo(404);
            assertThat(withoutInstance(denied.body())).isEqualTo(withoutInstance(unknown.body()));
        }
        assertThat(settings.read(ACME, alice).get("version")).isEqualTo(acme.get("version"));
        assertThat(settings.read(ACME, alice).get("minLikes")).isEqualTo(acme.get("minLikes"));
    }

    private static String withoutInstance(String body) {
        ObjectNode node = (ObjectNode) DemoSignIn.json(body);
        node.remove("instance");
        return node.toString();
    }

    private JsonNode health(String guildId) {
        return DemoSignIn.json(api.get("/api/v1/guilds/" + guildId + "/health", alice).body()).get("items");
    }

    private long auditEntries(String guildId) {
        return embeddedJdbcClient.sql("SELECT COUNT(*) FROM api_audit_entry WHERE guild_id = ? AND target_type = 'SETTINGS'")
                .param(guildId).query(Long.class).single();
    }
}
