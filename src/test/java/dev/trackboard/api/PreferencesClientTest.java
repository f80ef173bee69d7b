package dev.trackboard.api;

import static dev.trackboard.api.CannedApi.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trackboard.api.preferences.Language;
import dev.trackboard.api.preferences.Preferences;
import dev.trackboard.api.preferences.PreferencesClient;
import dev.trackboard.api.preferences.Theme;
import dev.trackboard.contract.OpenApiContract;
import java.time.Instant;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The preferences client against the contract: what it sends is valid PreferencesInput, contract-valid
 * answers are read completely (defaults included), and refused fields reach the caller with their codes.
 */
class PreferencesClientTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.trackingApi();
    private static final String SAVED = """
            {"theme":"dark","timeZone":"Asia/Tokyo","language":"de","updatedAt":"2026-12-01T09:00:00Z","later":1}""";
    private static final String DEFAULTS = """
            {"theme":"system","timeZone":null,"language":null,"updatedAt":null}""";
    private static final String PROBLEM = """
            {"type":"about:blank","title":"Bad Request","status":400,"detail":"The request is not valid.",
             "errors":[{"field":"timeZone","message":"must be an IANA time zone","code":"UNKNOWN_ZONE"},
                       {"field":"language","message":"must be en or de","code":"UNKNOWN_LANGUAGE"}]}""";

    @RegisterExtension
    final CannedApi api = new CannedApi();
    private PreferencesClient client;

    @BeforeEach
    void connect() {
        client = new PreferencesClient(api.calls());
    }

    @Test
    void theAnswersUsedHereAreThemselvesValidByTheContract() {
        CONTRACT.assertValidResponse("get", "/me/preferences", 200, "application/json", SAVED);
        CONTRACT.assertValidResponse("get", "/me/preferences", 200, "application/json", DEFAULTS);
        CONTRACT.assertValidResponse("put", "/me/preferences", 400, "application/problem+json", PROBLEM);
    }

    @Test
    void contractValidAnswersAreReadCompletely() throws Exception {
        api.answer(200, "application/json", SAVED);
        api.answer(200, "application/json", DEFAULTS);

        Preferences saved = client.preferences(session());
        Preferences defaults = client.preferences(session());

        RecordedRequest request = api.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getPath()).isEqualTo("/api/v1/me/preferences");
        assertThat(saved).isEqualTo(new Preferences(Theme.DARK, "Asia/Tokyo", Language.GERMAN,
                Instant.parse("2026-12-01T09:00:00Z")));
        assertThat(defaults).isEqualTo(Preferences.DEFAULTS);
    }

    @Test
    void aSaveSendsValidInput() throws Exception {
        api.answer(200, "application/json", SAVED);
        api.answer(200, "application/json", DEFAULTS);

        Preferences saved = client.save(session(), new Preferences(Theme.DARK, "Asia/Tokyo", Language.GERMAN,
                Instant.parse("2026-01-01T00:00:00Z")));
        client.save(session(), Preferences.DEFAULTS);

        RecordedRequest first = api.takeRequest();
        assertThat(first.getMethod()).isEqualTo("PUT");
        String body = first.getBody().readUtf8();
        CONTRACT.assertValid("PreferencesInput", body);
        assertThat(body).contains("\"theme\":\"dark\"", "\"timeZone\":\"Asia/Tokyo\"", "\"language\":\"de\"")
                .doesNotContain("updatedAt");
        String defaults = api.takeRequest().getBody().readUtf8();
        CONTRACT.assertValid("PreferencesInput", defaults);
        assertThat(defaults).contains("\"theme\":\"system\"", "\"timeZone\":null", "\"language\":null");
        assertThat(saved.theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void refusedFieldsArriveWithTheirCodes() {
        api.answer(400, "application/problem+json", PROBLEM);

        assertThatThrownBy(() -> client.save(session(), Preferences.DEFAULTS.withTimeZone("Mars/Base")))
                .isInstanceOfSatisfying(TrackingApiException.InvalidRequest.class, invalid ->
                        assertThat(invalid.fieldErrors()).containsExactly(
                                new TrackingApiException.FieldError("timeZone", "must be an IANA time zone", "UNKNOWN_ZONE"),
                                new TrackingApiException.FieldError("language", "must be en or de", "UNKNOWN_LANGUAGE")));
    }
}
