package dev.trackboard.embedded.settings;

import static dev.trackboard.embedded.settings.SettingsApiSupport.ACME_CHANNEL;
import static dev.trackboard.embedded.settings.SettingsApiSupport.ACME_ROLE;
import static dev.trackboard.embedded.settings.SettingsApiSupport.NIMBUS;
import static dev.trackboard.embedded.settings.SettingsApiSupport.NIMBUS_ARTIST_ROLE;
import static dev.trackboard.embedded.settings.SettingsApiSupport.NIMBUS_BOT_ROLE;
import static dev.trackboard.embedded.settings.SettingsApiSupport.NIMBUS_CATEGORY;
import static dev.trackboard.embedded.settings.SettingsApiSupport.NIMBUS_VOICE;
import static dev.trackboard.embedded.settings.SettingsApiSupport.fields;
import static dev.trackboard.embedded.settings.SettingsApiSupport.input;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trackboard.embedded.ApiClient;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.EmbeddedAppTest;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every settings field's bounds and bad values — wrong type, out of range, HTML, 10 kB, unknown
 * enum, unknown placeholder, a channel or role of another guild or of the wrong kind: each a 400
 * naming that field, and nothing saved (same version, no audit entry).
 */
@EmbeddedAppTest
class SettingsValidationApiTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String TEN_KB = "x".repeat(10_240);
    private static final String HTML = "<b onmouseover=alert(1)>bold</b><script>alert(1)</script>";

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient embeddedJdbcClient;

    SettingsApiSupport settings;
    String alice;
    JsonNode fixture;

    @BeforeEach
    void setUp() {
        ApiClient api = new ApiClient(port);
        settings = new SettingsApiSupport(api);
        alice = ApiClient.accessToken(api.session("alice"));
        fixture = settings.read(NIMBUS, alice);
    }

    @AfterEach
    void putNimbusBack() {
        settings.restore(NIMBUS, alice, fixture);
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                bad("trackingEnabled", "missing", body -> body.remove("trackingEnabled")),
                bad("trackingEnabled", "a string", body -> body.put("trackingEnabled", "yes")),
                bad("notificationChannelId", "another guild's channel", body -> body.put("notificationChannelId", ACME_CHANNEL)),
                bad("notificationChannelId", "a category", body -> body.put("notificationChannelId", NIMBUS_CATEGORY)),
                bad("notificationChannelId", "a voice channel", body -> body.put("notificationChannelId", NIMBUS_VOICE)),
                bad("notificationChannelId", "HTML", body -> body.put("notificationChannelId", HTML)),
                bad("notificationChannelId", "10 kB", body -> body.put("notificationChannelId", TEN_KB)),
                bad("notificationChannelId", "negative", body -> body.put("notificationChannelId", "-400000000000000204")),
                bad("notificationChannelId", "a number", body -> body.put("notificationChannelId", 400000000000000204L)),
                bad("mentionRoleId", "another guild's role", body -> body.put("mentionRoleId", ACME_ROLE)),
                bad("mentionRoleId", "the bot's own role", body -> body.put("mentionRoleId", NIMBUS_BOT_ROLE)),
                bad("mentionRoleId", "unknown", body -> body.put("mentionRoleId", "500000000000000999")),
                bad("mentionEveryoneConfirmed", "@everyone unconfirmed", body -> body.put("mentionRoleId", NIMBUS)),
                bad("mentionEveryoneConfirmed", "a string", body -> body.put("mentionEveryoneConfirmed", "true")),
                bad("platforms", "empty", body -> body.putArray("platforms")),
                bad("platforms", "unknown enum", body -> body.putArray("platforms").add("X").add("MYSPACE")),
                bad("platforms", "HTML", body -> body.putArray("platforms").add(HTML)),
                bad("platforms", "not a list", body -> body.put("platforms", "X")),
                bad("platforms", "missing", body -> body.remove("platforms")),
                bad("delivery", "unknown enum", body -> body.put("delivery", "WEEKLY_DIGEST")),
                bad("delivery", "a number", body -> body.put("delivery", 1)),
                bad("delivery", "missing", body -> body.remove("delivery")),
                bad("digestTime", "missing for a daily digest", body -> body.putNull("digestTime")),
                bad("digestTime", "set for instant delivery", body -> body.put("delivery", "INSTANT")),
                bad("digestTime", "25:00", body -> body.put("digestTime", "25:00")),
                bad("digestTime", "seconds", body -> body.put("digestTime", "09:00:00")),
                bad("digestTime", "HTML", body -> body.put("digestTime", HTML)),
                bad("quietHoursFrom", "only an end", body -> body.putNull("quietHoursFrom")),
                bad("quietHoursTo", "only a start", body -> body.putNull("quietHoursTo")),
                bad("quietHoursTo", "start = end", body -> body.put("quietHoursFrom", "07:00").put("quietHoursTo", "07:00")),
                bad("quietHoursFrom", "negative", body -> body.put("quietHoursFrom", "-01:00")),
                bad("timeZone", "unknown", body -> body.put("timeZone", "Mars/Olympus_Mons")),
                bad("timeZone", "an offset", body -> body.put("timeZone", "+02:00")),
                bad("timeZone", "HTML", body -> body.put("timeZone", "<b>UTC</b>")),
                bad("timeZone", "10 kB", body -> body.put("timeZone", TEN_KB)),
                bad("timeZone", "empty", body -> body.put("timeZone", "")),
                bad("timeZone", "a number", body -> body.put("timeZone", 2)),
                bad("messageTemplate", "unknown placeholder", body -> body.put("messageTemplate", "{account} {likes}")),
                bad("messageTemplate", "misspelt placeholder", body -> body.put("messageTemplate", "{Account}: {url}")),
                bad("messageTemplate", "10 kB", body -> body.put("messageTemplate", TEN_KB)),
                bad("messageTemplate", "renders too long", body -> body.put("messageTemplate", "{text}{text}{text}{text}")),
                bad("messageTemplate", "empty", body -> body.put("messageTemplate", " ")),
                bad("messageTemplate", "a control character", body -> body.put("messageTemplate", "{url}\u0007")),
                bad("minLikes", "negative", body -> body.put("minLikes", -1)),
                bad("minLikes", "above 1,000,000", body -> body.put("minLikes", 1_000_001)),
                bad("minLikes", "a fraction", body -> body.put("minLikes", 1.5)),
                bad("minLikes", "a string", body -> body.put("minLikes", "10")),
                bad("minLikes", "huge", body -> body.put("minLikes", new BigInteger("100000000000000000000"))),
                bad("retentionDays", "below 7", body -> body.put("retentionDays", 6)),
                bad("retentionDays", "above 365", body -> body.put("retentionDays", 366)),
                bad("retentionDays", "negative", body -> body.put("retentionDays", -30)),
                bad("retentionDays", "missing", body -> body.remove("retentionDays")));
    }

    private static Arguments bad(String field, String what, Consumer<ObjectNode> change) {
        return Arguments.of(field, what, change);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badValues")
    void aBadValueNamesItsFieldAndSavesNothing(String field, String what, Consumer<ObjectNode> change) {
        ObjectNode body = input(fixture);
        change.accept(body);
        long audited = audited();

        HttpResponse<String> refused = settings.put(NIMBUS, alice, fixture.get("version").asLong(), body);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(fields(refused)).containsExactly(field);
        assertThat(refused.body()).doesNotContain(TEN_KB).doesNotContain("<script>");
        assertThat(settings.read(NIMBUS, alice)).isEqualTo(fixture);
        assertThat(audited()).isEqualTo(audited);
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        ObjectNode body = JSON.objectNode().put("trackingEnabled", "no").put("notificationChannelId", ACME_CHANNEL)
                .put("mentionRoleId", ACME_ROLE).put("delivery", "SOMETIMES").put("digestTime", "9").put("quietHoursFrom", "x")
                .put("quietHoursTo", "y").put("timeZone", "Nowhere").put("messageTemplate", "{nope}")
                .put("minLikes", -5).put("retentionDays", 0);
        body.putArray("platforms").add("FAX");

        HttpResponse<String> refused = settings.put(NIMBUS, alice, fixture.get("version").asLong(), body);

        assertThat(fields(refused)).containsExactlyInAnyOrder("trackingEnabled", "notificationChannelId", "mentionRoleId",
                "platforms", "delivery", "digestTime", "quietHoursFrom", "quietHoursTo", "timeZone", "messageTemplate",
                "minLikes", "retentionDays");
    }

    @Test
    void theBoundsThemselvesAndHtmlAsTextAreAccepted() {
        // 2,000 = 24 for a mention + 500 for {text} + 1,476 characters of text
        String longest = "<".repeat(1_476) + "{text}";
        ObjectNode body = input(fixture).put("minLikes", 1_000_000).put("retentionDays", 365)
                .put("messageTemplate", longest).put("timeZone", "America/Argentina/Buenos_Aires")
                .put("mentionRoleId", NIMBUS_ARTIST_ROLE).put("quietHoursFrom", "23:59").put("quietHoursTo", "00:00");
        body.putArray("platforms").add("bluesky").add("BLUESKY");

        JsonNode saved = ok(settings.put(NIMBUS, alice, fixture.get("version").asLong(), body));
        assertThat(saved.get("messageTemplate").asText()).isEqualTo(longest);
        assertThat(saved.get("platforms")).hasSize(1);
        assertThat(saved.get("platforms").get(0).asText()).isEqualTo("BLUESKY");

        assertThat(fields(settings.put(NIMBUS, alice, saved.get("version").asLong(),
                input(saved).put("messageTemplate", "<" + longest)))).containsExactly("messageTemplate");

        ObjectNode low = input(saved).put("minLikes", 0).put("retentionDays", 7)
                .put("messageTemplate", HTML + " {account} {platform} {url} {brand} {text}\nline two\ttab");
        JsonNode lowSaved = ok(settings.put(NIMBUS, alice, saved.get("version").asLong(), low));
        assertThat(lowSaved.get("messageTemplate").asText()).startsWith(HTML);
        assertThat(lowSaved.get("retentionDays").asInt()).isEqualTo(7);
    }

    @Test
    void everyoneIsMentionedOnlyWithAnExplicitYes() {
        JsonNode saved = ok(settings.put(NIMBUS, alice, fixture.get("version").asLong(),
                input(fixture).put("mentionRoleId", NIMBUS).put("mentionEveryoneConfirmed", true)));
        assertThat(saved.get("mentionRoleId").asText()).isEqualTo(NIMBUS);
        assertThat(saved.get("mentionEveryoneConfirmed").asBoolean()).isTrue();
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return DemoSignIn.json(response.body());
    }

    private long audited() {
        return embeddedJdbcClient.sql("SELECT COUNT(*) FROM api_audit_entry WHERE guild_id = ?").param(NIMBUS)
                .query(Long.class).single();
    }
}
