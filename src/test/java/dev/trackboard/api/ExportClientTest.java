package dev.trackboard.api;

import static dev.trackboard.api.CannedApi.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trackboard.api.exports.ExportClient;
import dev.trackboard.api.exports.ExportFile;
import dev.trackboard.api.exports.ExportFormat;
import dev.trackboard.api.exports.ExportJob;
import dev.trackboard.api.exports.ExportRequest;
import dev.trackboard.api.exports.ExportStatus;
import dev.trackboard.api.exports.ExportType;
import dev.trackboard.contract.OpenApiContract;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The export client against canned answers that are valid by the contract: what it sends, what it reads, how it streams. */
class ExportClientTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.trackingApi();
    private static final GuildId ACME = new GuildId("200000000000000001");
    /** The client's response limit in this test: a download is far larger and must still arrive whole. */
    private static final int MAX_RESPONSE = (int) TestApiCalls.MAX_RESPONSE;
    private static final String JOB = """
            {"id":1042,"type":"POSTS","format":"CSV","bom":true,"filters":{"platform":"X","sort":"likes"},
             "status":"RUNNING","rowsDone":250000,"rowsTotal":1000000,"bytes":31457280,
             "fileName":"acme-creators-posts-2026-12-01.csv","failureReason":null,
             "createdAt":"2026-12-01T09:59:58.123Z","startedAt":"2026-12-01T09:59:58.200Z","finishedAt":null,
             "expiresAt":null,"requestedBy":{"id":"100000000000000001","name":"Alice Lindqvist"}}""";
    private static final String DONE = JOB.replace("\"RUNNING\"", "\"SUCCEEDED\"").replace("\"finishedAt\":null",
            "\"finishedAt\":\"2026-12-01T10:01:00Z\"").replace("\"expiresAt\":null", "\"expiresAt\":\"2026-12-08T10:01:00Z\"");
    private static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}";

    @RegisterExtension
    final CannedApi api = new CannedApi();
    private ExportClient client;

    @BeforeEach
    void connect() {
        client = new ExportClient(api.calls());
    }

    @Test
    void theAnswersUsedHereAreValidByTheContract() {
        CONTRACT.assertValidResponse("post", "/guilds/{guildId}/exports", 202, "application/json", JOB);
        CONTRACT.assertValidResponse("get", "/guilds/{guildId}/exports/{exportId}", 200, "application/json", DONE);
        CONTRACT.assertValidResponse("get", "/guilds/{guildId}/exports", 200, "application/json", "{\"items\":[" + DONE + "]}");
        CONTRACT.assertValidResponse("post", "/guilds/{guildId}/exports", 429, "application/problem+json",
                PROBLEM.formatted("Too Many Requests", 429, "2 running"));
        CONTRACT.assertValid("ExportRequest", "{\"type\":\"POSTS\",\"format\":\"CSV\",\"bom\":true,\"filters\":{\"platform\":\"X\"}}");
    }

    @Test
    void aRequestSendsItsKeyAndTheScreensFilters() throws Exception {
        api.answer(202, "application/json", JOB);

        ExportJob job = client.request(session(), ACME, new ExportRequest(ExportType.POSTS, ExportFormat.CSV, true,
                Map.of("platform", "X", "sort", "likes")), "5b2c8f0e-5f5e-4a86-9a41-0d3cc0e4f9a1");

        RecordedRequest sent = api.takeRequest();
        assertThat(sent.getMethod()).isEqualTo("POST");
        assertThat(sent.getPath()).isEqualTo("/api/v1/guilds/200000000000000001/exports");
        assertThat(sent.getHeader("Idempotency-Key")).isEqualTo("5b2c8f0e-5f5e-4a86-9a41-0d3cc0e4f9a1");
        String body = sent.getBody().readUtf8();
        CONTRACT.assertValid("ExportRequest", body);
        JsonNode json = new ObjectMapper().readTree(body);
        assertThat(json.get("filters").get("platform").asText()).isEqualTo("X");
        assertThat(job.status()).isEqualTo(ExportStatus.RUNNING);
        assertThat(job.progress()).hasValue(0.25);
        assertThat(job.requestedBy().name()).isEqualTo("Alice Lindqvist");
        assertThat(job.createdAt()).isEqualTo(Instant.parse("2026-12-01T09:59:58.123Z"));
        assertThat(job.downloadable()).isFalse();
    }

    @Test
    void jobsOneJobAndCancel() throws Exception {
        api.answer(200, "application/json", "{\"items\":[" + DONE + "]}");
        api.answer(200, "application/json", DONE);
        api.answer(200, "application/json", JOB.replace("\"RUNNING\"", "\"CANCELLED\""));

        List<ExportJob> jobs = client.jobs(session(), ACME);
        ExportJob one = client.job(session(), ACME, 1042);
        ExportJob cancelled = client.cancel(session(), ACME, 1042);

        assertThat(jobs).extracting(ExportJob::id).containsExactly(1042L);
        assertThat(one.downloadable()).isTrue();
        assertThat(one.expiresAt()).isEqualTo(Instant.parse("2026-12-08T10:01:00Z"));
        assertThat(cancelled.status()).isEqualTo(ExportStatus.CANCELLED);
        assertThat(api.takeRequest().getPath()).isEqualTo("/api/v1/guilds/200000000000000001/exports");
        assertThat(api.takeRequest().getPath()).isEqualTo("/api/v1/guilds/200000000000000001/exports/1042");
        RecordedRequest cancel = api.takeRequest();
        assertThat(cancel.getMethod()).isEqualTo("POST");
        assertThat(cancel.getPath()).isEqualTo("/api/v1/guilds/200000000000000001/exports/1042/cancel");
    }

    @Test
    void aDownloadStreamsAFileLargerThanAnyJsonAnswer() throws Exception {
        byte[] file = new byte[MAX_RESPONSE * 20];
        for (int i = 0; i < file.length; i++) {
            file[i] = (byte) ('a' + i % 26);
        }
        api.enqueue(new MockResponse().setResponseCode(200).setHeader("Content-Type", "text/csv; charset=utf-8")
                .setBody(new Buffer().write(file)));

        byte[] read;
        try (ExportFile download = client.download(session(), ACME, 1042); InputStream content = download.content()) {
            assertThat(download.contentType()).startsWith("text/csv");
            assertThat(download.length()).isEqualTo(file.length);
            read = content.readAllBytes();
        }

        assertThat(read).isEqualTo(file);
        RecordedRequest sent = api.takeRequest();
        assertThat(sent.getPath()).isEqualTo("/api/v1/guilds/200000000000000001/exports/1042/download");
        assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer access-1");
    }

    @Test
    void refusalsAreTyped() {
        api.answer(422, "application/problem+json", PROBLEM.formatted("Unprocessable Content", 422, "key used"));
        api.answer(429, "application/problem+json", PROBLEM.formatted("Too Many Requests", 429, "2 running"));
        api.answer(409, "application/problem+json", PROBLEM.formatted("Conflict", 409, "ended"));
        api.answer(410, "application/problem+json", PROBLEM.formatted("Gone", 410, "expired"));
        api.answer(404, "application/problem+json", PROBLEM.formatted("Not Found", 404, "no"));
        ExportRequest request = new ExportRequest(ExportType.BRANDS, ExportFormat.NDJSON, false, Map.of());

        assertThatThrownBy(() -> client.request(session(), ACME, request, "key-00000001"))
                .isInstanceOf(TrackingApiException.InvalidRequest.class);
        assertThatThrownBy(() -> client.request(session(), ACME, request, "key-00000002"))
                .isInstanceOf(TrackingApiException.RateLimited.class);
        assertThatThrownBy(() -> client.cancel(session(), ACME, 1)).isInstanceOf(TrackingApiException.Conflict.class);
        assertThatThrownBy(() -> client.download(session(), ACME, 1)).isInstanceOf(TrackingApiException.NotFound.class);
        assertThatThrownBy(() -> client.download(session(), ACME, 2)).isInstanceOf(TrackingApiException.NotFound.class);
    }

    @Test
    void aDownloadRenewsAnExpiredTokenOnce() throws Exception {
        api.answer(401, "application/problem+json", PROBLEM.formatted("Unauthorized", 401, "expired"));
        api.answer(200, "application/json", "{\"accessToken\":\"access-2\",\"tokenType\":\"Bearer\",\"expiresIn\":300,"
                + "\"refreshToken\":\"refresh-2\",\"sessionId\":\"s1\",\"user\":{\"id\":\"100000000000000001\","
                + "\"username\":\"alice\",\"globalName\":null,\"avatarUrl\":null}}");
        api.enqueue(new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/x-ndjson")
                .setBody("{\"id\":1}\n"));

        try (ExportFile download = client.download(session(), ACME, 7)) {
            assertThat(new String(download.content().readAllBytes())).isEqualTo("{\"id\":1}\n");
        }

        api.takeRequest();
        assertThat(api.takeRequest().getPath()).isEqualTo("/api/v1/auth/refresh");
        assertThat(api.takeRequest().getHeader("Authorization")).isEqualTo("Bearer access-2");
    }
}
