package dev.trackboard.api;

import static dev.trackboard.api.CannedApi.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trackboard.api.audit.AuditClient;
import dev.trackboard.api.audit.AuditEntryDetail;
import dev.trackboard.api.audit.AuditPage;
import dev.trackboard.api.audit.AuditQuery;
import dev.trackboard.contract.OpenApiContract;
import java.time.Instant;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The audit client against canned answers that are valid by the contract: what it sends, what it reads. */
class AuditClientTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.trackingApi();
    private static final GuildId ACME = new GuildId("200000000000000001");
    private static final String ENTRY = """
            {"id":41,"actor":{"id":"100000000000000001","name":"Alice Lindqvist","avatarUrl":null},
             "action":"ACCOUNT_UPDATED","target":{"type":"ACCOUNT","id":"1000019","name":"nova_19"},
             "createdAt":"2026-11-30T09:15:00.123456Z",
             "changes":[{"field":"displayName","before":"nova_19","after":"Nova Pixel 19"},
                        {"field":"brandId","before":1003,"after":null},
                        {"field":"platforms","before":["X","TIKTOK"],"after":["X"]}],
             "groupId":null,"revertOf":null}""";
    private static final String PAGE = "{\"items\":[" + ENTRY + "],\"nextCursor\":\"MTc2NDQ5NDEwMDowOjQx\"}";
    private static final String LAST_PAGE = "{\"items\":[],\"nextCursor\":null}";
    private static final String DETAIL = "{\"entry\":" + ENTRY + ",\"revertedBy\":[57],\"revertible\":false,"
            + "\"notRevertibleReason\":\"already undone\",\"notRevertibleCode\":\"ALREADY_UNDONE\","
            + "\"laterChanges\":[],\"settingsVersion\":null}";

    @RegisterExtension
    final CannedApi api = new CannedApi();
    private AuditClient client;

    @BeforeEach
    void connect() {
        client = new AuditClient(api.calls());
    }

    @Test
    void theAnswersUsedHereAreValidByTheContract() {
        CONTRACT.assertValidResponse("get", "/guilds/{guildId}/audit", 200, "application/json", PAGE);
        CONTRACT.assertValidResponse("get", "/guilds/{guildId}/audit", 200, "application/json", LAST_PAGE);
        CONTRACT.assertValidResponse("get", "/guilds/{guildId}/audit/{entryId}", 200, "application/json", DETAIL);
        CONTRACT.assertValidResponse("post", "/guilds/{guildId}/audit/{entryId}/revert", 201, "application/json", ENTRY);
    }

    @Test
    void aPageIsReadCompletelyWhateverTheValuesTypes() throws Exception {
        api.answer(200, "application/json", PAGE);

        AuditPage page = client.page(session(), ACME, new AuditQuery("100000000000000001", "ACCOUNT_UPDATED", "ACCOUNT",
                null, Instant.parse("2026-11-01T00:00:00Z"), null), "abc", 25);

        RecordedRequest request = api.takeRequest();
        HttpUrl url = request.getRequestUrl();
        assertThat(url.encodedPath()).isEqualTo("/api/v1/guilds/200000000000000001/audit");
        assertThat(url.queryParameter("cursor")).isEqualTo("abc");
        assertThat(url.queryParameter("limit")).isEqualTo("25");
        assertThat(url.queryParameter("actorId")).isEqualTo("100000000000000001");
        assertThat(url.queryParameter("action")).isEqualTo("ACCOUNT_UPDATED");
        assertThat(url.queryParameter("targetType")).isEqualTo("ACCOUNT");
        assertThat(url.queryParameter("from")).isEqualTo("2026-11-01T00:00:00Z");
        assertThat(url.queryParameterNames()).doesNotContain("to", "groupId");
        var entry = page.items().getFirst();
        assertThat(entry.actor().name()).isEqualTo("Alice Lindqvist");
        assertThat(entry.createdAt()).isEqualTo(Instant.parse("2026-11-30T09:15:00.123456Z"));
        assertThat(entry.changes()).extracting(change -> change.field() + ": " + change.before() + " → " + change.after())
                .containsExactly("displayName: nova_19 → Nova Pixel 19", "brandId: 1003 → null",
                        "platforms: [\"X\",\"TIKTOK\"] → [\"X\"]");
        assertThat(page.last()).isFalse();
    }

    @Test
    void theDetailAndTheRevert() throws Exception {
        api.answer(200, "application/json", DETAIL);
        api.answer(201, "application/json", ENTRY);

        AuditEntryDetail detail = client.entry(session(), ACME, 41);
        client.revert(session(), ACME, 41, true, null);

        assertThat(detail.revertedBy()).containsExactly(57L);
        assertThat(detail.notRevertibleReason()).isEqualTo("already undone");
        assertThat(api.takeRequest().getPath()).isEqualTo("/api/v1/guilds/200000000000000001/audit/41");
        RecordedRequest revert = api.takeRequest();
        assertThat(revert.getMethod()).isEqualTo("POST");
        assertThat(revert.getPath()).isEqualTo("/api/v1/guilds/200000000000000001/audit/41/revert?confirm=true");
    }

    @Test
    void refusalsAreTyped() {
        String problem = "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"detail\":\"changed later\"}";
        CONTRACT.assertValidResponse("post", "/guilds/{guildId}/audit/{entryId}/revert", 409, "application/problem+json",
                problem);
        api.answer(409, "application/problem+json", problem);
        api.answer(404, "application/problem+json", "{\"title\":\"Not Found\",\"status\":404}");

        assertThatThrownBy(() -> client.revert(session(), ACME, 41, false, null)).isInstanceOf(TrackingApiException.Conflict.class);
        assertThatThrownBy(() -> client.entry(session(), ACME, 9)).isInstanceOf(TrackingApiException.NotFound.class);
    }
}
