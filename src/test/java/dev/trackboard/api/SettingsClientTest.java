package dev.trackboard.api;

import static dev.trackboard.api.CannedApi.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trackboard.api.settings.Delivery;
import dev.trackboard.api.settings.GuildSettings;
import dev.trackboard.api.settings.SettingsClient;
import dev.trackboard.api.settings.SettingsDraft;
import dev.trackboard.api.settings.SettingsWarning;
import dev.trackboard.api.tracking.Platform;
import dev.trackboard.contract.OpenApiContract;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Set;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The settings client against the contract: what it sends is valid SettingsInput with the version in
 * If-Match, contract-valid answers are read completely, and 412 / 428 / 400 reach the caller typed.
 */
class SettingsClientTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.trackingApi();
    private static final GuildId NIMBUS = new GuildId("200000000000000002");
    private static final String SETTINGS = """
            {"version":7,"trackingEnabled":true,"notificationChannelId":"400000000000000204","mentionRoleId":null,
             "mentionEveryoneConfirmed":false,"platforms":["INSTAGRAM","TIKTOK"],"delivery":"DAILY_DIGEST",
             "digestTime":"09:00","quietHoursFrom":"22:00","quietHoursTo":"07:00","timeZone":"Europe/Berlin",
             "messageTemplate":"New from {account}: {url}","minLikes":50,"retentionDays":180,
             "updatedAt":"2026-11-30T08:00:00Z","updatedBy":"100000000000000004",
             "health":[{"code":"BOT_MISSING_PERMISSION","severity":"WARNING","field":"notificationChannelId",
                        "channelId":"400000000000000204","channelName":"tracked-posts","roleId":null,"roleName":null,
                        "permission":"EMBED_LINKS"}],
             "somethingNew":1}""";
    private static final String PROBLEM = """
            {"type":"about:blank","title":"Bad Request","status":400,"detail":"The request is not valid.",
             "errors":[{"field":"minLikes","message":"must be a whole number from 0 to 1,000,000"}]}""";

    @RegisterExtension
    final CannedApi api = new CannedApi();
    private SettingsClient client;

    @BeforeEach
    void connect() {
        client = new SettingsClient(api.calls());
    }

    @Test
    void theAnswersUsedHereAreThemselvesValidByTheContract() {
        CONTRACT.assertValidResponse("get", "/guilds/{guildId}/settings", 200, "application/json", SETTINGS);
        CONTRACT.assertValidResponse("put", "/guilds/{guildId}/settings", 400, "application/problem+json", PROBLEM);
    }

    @Test
    void aContractValidAnswerIsReadCompletely() throws Exception {
        api.answer(200, "application/json", SETTINGS);

        GuildSettings settings = client.settings(session(), NIMBUS);

        RecordedRequest request = api.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getPath()).isEqualTo("/api/v1/guilds/200000000000000002/settings");
        assertThat(settings.version()).isEqualTo(7);
        assertThat(settings.platforms()).containsExactlyInAnyOrder(Platform.INSTAGRAM, Platform.TIKTOK);
        assertThat(settings.delivery()).isEqualTo(Delivery.DAILY_DIGEST);
        assertThat(settings.digestTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(settings.quietHoursTo()).isEqualTo(LocalTime.of(7, 0));
        assertThat(settings.updatedAt()).isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
        assertThat(settings.health()).containsExactly(new SettingsWarning("BOT_MISSING_PERMISSION", "WARNING",
                "notificationChannelId", "400000000000000204", "tracked-posts", null, null, "EMBED_LINKS"));
    }

    @Test
    void aSaveSendsValidInputWithTheVersionItIsBasedOn() throws Exception {
        api.answer(200, "application/json", SETTINGS);
        GuildSettings loaded = client.settings(session(), NIMBUS);
        api.takeRequest();
        api.answer(200, "application/json", SETTINGS.replace("\"version\":7", "\"version\":8"));
        SettingsDraft draft = new SettingsDraft(false, null, NIMBUS.toString(), true, Set.of(Platform.X),
                Delivery.DAILY_DIGEST, LocalTime.of(9, 30, 15), null, null, "UTC", "<b>{text}</b>", 0, 7);

        GuildSettings saved = client.save(session(), NIMBUS, loaded.version(), draft);

        RecordedRequest request = api.takeRequest();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getHeader("If-Match")).isEqualTo("\"7\"");
        String body = request.getBody().readUtf8();
        CONTRACT.assertValid("SettingsInput", body);
        assertThat(body).contains("\"digestTime\":\"09:30\"", "\"notificationChannelId\":null", "\"platforms\":[\"X\"]");
        assertThat(saved.version()).isEqualTo(8);
        // the draft of what was read sends the same values back
        CONTRACT.assertValid("SettingsInput", new String(new ApiJson().write(loaded.draft())));
    }

    @Test
    void aStaleVersionIsAConflictAMissingOneAndBadFieldsAreInvalidRequests() {
        SettingsDraft draft = new SettingsDraft(true, null, null, false, Set.of(Platform.X), Delivery.INSTANT, null,
                null, null, "UTC", "{url}", -1, 90);
        api.answer(412, "application/problem+json", "{\"status\":412,\"detail\":\"changed since\"}");
        api.answer(428, "application/problem+json", "{\"status\":428,\"detail\":\"send If-Match\"}");
        api.answer(400, "application/problem+json", PROBLEM);

        assertThatThrownBy(() -> client.save(session(), NIMBUS, 3, draft)).isInstanceOf(TrackingApiException.Conflict.class);
        assertThatThrownBy(() -> client.save(session(), NIMBUS, 3, draft))
                .isInstanceOf(TrackingApiException.InvalidRequest.class);
        assertThatThrownBy(() -> client.save(session(), NIMBUS, 3, draft))
                .isInstanceOfSatisfying(TrackingApiException.InvalidRequest.class, invalid ->
                        assertThat(invalid.fieldErrors()).extracting(TrackingApiException.FieldError::field)
                                .containsExactly("minLikes"));
    }
}
