package dev.trackboard.embedded.exports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trackboard.embedded.ApiClient;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.EmbeddedAppTest;
import dev.trackboard.embedded.tracking.ExportColumns;
import dev.trackboard.embedded.tracking.ExportableLists;
import dev.trackboard.testing.Demo;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Export jobs through the API: one job per Idempotency-Key, checked requests, the running limit,
 * tenancy, the files' rows equal to the list endpoint's rows, cancel and the audit trail. Nimbus is
 * left alone (AuditApiTest expects its trail to hold no EXPORT entries).
 */
@EmbeddedAppTest
class ExportApiTest {

    static final String POSTS_CSV = "{\"type\":\"POSTS\",\"format\":\"CSV\"}";
    static final String BRANDS_CSV = "{\"type\":\"BRANDS\",\"format\":\"CSV\"}";

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient embeddedJdbcClient;

    ApiClient api;
    ExportCalls exports;
    String alice;
    String bob;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        exports = new ExportCalls(api, port);
        alice = ApiClient.accessToken(api.session("alice"));
        bob = ApiClient.accessToken(api.session("bob"));
    }

    @Test
    void theSameKeyAnswersTheSameJobAndAnotherRequestWithItIsRefused() {
        String key = ExportCalls.newKey();
        HttpResponse<String> first = exports.request(Demo.ORBIT, alice, key, BRANDS_CSV);
        // the answer was "lost": the client sends the same request again, twice
        HttpResponse<String> again = exports.request(Demo.ORBIT, alice, key, BRANDS_CSV);
        HttpResponse<String> reordered = exports.request(Demo.ORBIT, alice, key,
                "{\"format\":\"csv\",\"filters\":{},\"type\":\"brands\",\"bom\":false}");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        long id = DemoSignIn.json(first.body()).get("id").asLong();
        assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith(ExportCalls.base(Demo.ORBIT) + "/" + id);
        for (HttpResponse<String> replay : List.of(again, reordered)) {
            assertThat(replay.statusCode()).as(replay.body()).isEqualTo(202);
            assertThat(replay.headers().firstValue("Idempotent-Replayed")).contains("true");
            assertThat(DemoSignIn.json(replay.body()).get("id").asLong()).isEqualTo(id);
        }
        assertThat(jobsWithKey(key)).isEqualTo(1);
        assertThat(requestedEntries(Demo.ORBIT, id)).isEqualTo(1);

        HttpResponse<String> other = exports.request(Demo.ORBIT, alice, key, POSTS_CSV);
        assertThat(other.statusCode()).as(other.body()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(DemoSignIn.json(other.body()).get("detail").asText()).contains("Idempotency-Key");
        assertThat(jobsWithKey(key)).isEqualTo(1);
        exports.ended(Demo.ORBIT, alice, id);
    }

    @Test
    void aDoubleClickThatSendsTwoRequestsAtOnceMakesOneJob() {
        String key = ExportCalls.newKey();
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> clicks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            clicks.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return exports.request(Demo.ORBIT, alice, key, BRANDS_CSV);
            }));
        }
        go.countDown();

        List<Long> ids = clicks.stream().map(CompletableFuture::join).peek(answer ->
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202))
                .map(answer -> DemoSignIn.json(answer.body()).get("id").asLong()).distinct().toList();
        assertThat(ids).hasSize(1);
        assertThat(jobsWithKey(key)).isEqualTo(1);
        exports.ended(Demo.ORBIT, alice, ids.getFirst());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"type\":\"MOVIES\",\"format\":\"CSV\"}|type",
            "{\"type\":\"POSTS\",\"format\":\"XLSX\"}|format",
            "{\"type\":\"POSTS\"}|format",
            "{\"type\":\"POSTS\",\"format\":\"NDJSON\",\"bom\":true}|bom",
            "{\"type\":\"POSTS\",\"format\":\"CSV\",\"bom\":\"yes\"}|bom",
            "{\"type\":\"POSTS\",\"format\":\"CSV\",\"filters\":{\"platform\":\"MYSPACE\"}}|filters.platform",
            "{\"type\":\"POSTS\",\"format\":\"CSV\",\"filters\":{\"sort\":\"random\"}}|filters.sort",
            "{\"type\":\"POSTS\",\"format\":\"CSV\",\"filters\":{\"from\":\"yesterday\"}}|filters.from",
            "{\"type\":\"POSTS\",\"format\":\"CSV\",\"filters\":{\"status\":\"ACTIVE\"}}|filters.status",
            "{\"type\":\"ACCOUNTS\",\"format\":\"CSV\",\"filters\":{\"status\":\"GONE\"}}|filters.status",
            "{\"type\":\"AUDIT\",\"format\":\"CSV\",\"filters\":{\"actorId\":\"alice\"}}|filters.actorId",
            "{\"type\":\"BRANDS\",\"format\":\"CSV\",\"filters\":{\"q\":\"x\"}}|filters.q",
            "{\"type\":\"POSTS\",\"format\":\"CSV\",\"filters\":{\"q\":[\"a\"]}}|filters.q",
            "{\"type\":\"POSTS\",\"format\":\"CSV\",\"sql\":\"1\"}|sql"})
    void badRequestsAreRefusedNamingTheField(String body, String field) {
        HttpResponse<String> answer = exports.request(Demo.ORBIT, alice, ExportCalls.newKey(), body);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(DemoSignIn.json(answer.body()).get("errors").findValuesAsText("field")).contains(field);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "short", "has space in it", "<script>alert(1)</script>"})
    void aRequestNeedsAUsableIdempotencyKey(String key) {
        HttpResponse<String> answer = exports.request(Demo.ORBIT, alice, key.isEmpty() ? null : key, BRANDS_CSV);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(DemoSignIn.json(answer.body()).get("errors").findValuesAsText("field")).contains("Idempotency-Key");
    }

    @Test
    void aGuildHasAtMostTwoUnfinishedExports() {
        String replayKey = ExportCalls.newKey();
        long earlier = DemoSignIn.json(exports.request(Demo.ORBIT, alice, replayKey, BRANDS_CSV).body()).get("id").asLong();
        exports.ended(Demo.ORBIT, alice, earlier);
        // two jobs some worker is busy with, as the database shows them
        List<Long> busy = List.of(fakeJob(Demo.ORBIT, "RUNNING"), fakeJob(Demo.ORBIT, "QUEUED"));
        try {
            HttpResponse<String> third = exports.request(Demo.ORBIT, alice, ExportCalls.newKey(), POSTS_CSV);
            assertThat(third.statusCode()).as(third.body()).isEqualTo(429);
            assertThat(third.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(DemoSignIn.json(third.body()).get("detail").asText()).contains("2 exports");
            assertThat(third.headers().firstValue("Retry-After")).as("a hint when to ask again").contains("30");
            // a replayed key is no new job: it still answers
            assertThat(exports.request(Demo.ORBIT, alice, replayKey, BRANDS_CSV).statusCode()).isEqualTo(202);
            // another guild is not affected
            long acme = exports.start(Demo.ACME, alice, BRANDS_CSV);
            exports.ended(Demo.ACME, alice, acme);
        } finally {
            busy.forEach(id -> embeddedJdbcClient.sql("UPDATE api_export_job SET status = 'FAILED' WHERE id = ?")
                    .param(id).update());
        }
        long after = exports.start(Demo.ORBIT, alice, BRANDS_CSV);
        exports.ended(Demo.ORBIT, alice, after);
    }

    @Test
    void bobCannotReadCancelOrDownloadAnAcmeExport() {
        long id = exports.start(Demo.ACME, alice, BRANDS_CSV);
        exports.ended(Demo.ACME, alice, id);

        for (String guild : List.of(Demo.ACME, Demo.NIMBUS)) {
            String job = ExportCalls.base(guild) + "/" + id;
            assertThat(api.get(job, bob).statusCode()).as(guild).isEqualTo(404);
            assertThat(exports.cancel(guild, bob, id).statusCode()).as(guild).isEqualTo(404);
            HttpResponse<byte[]> download = exports.download(guild, bob, id);
            assertThat(download.statusCode()).as(guild).isEqualTo(404);
            assertThat(new String(download.body())).doesNotContain("acme").doesNotContain("name,keywords");
        }
        assertThat(DemoSignIn.json(api.get(ExportCalls.base(Demo.NIMBUS), bob).body()).get("items")
                .findValuesAsText("id")).doesNotContain(String.valueOf(id));
        assertThat(api.get(ExportCalls.base(Demo.ACME), bob).statusCode()).isEqualTo(404);
        assertThat(exports.job(Demo.ACME, alice, id).get("status").asText()).isEqualTo("SUCCEEDED");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "sort=likes&direction=asc", "platform=X&sort=views",
            "q=launch&sort=comments&direction=desc"})
    void aPostsFileHoldsTheListsRowsInTheListsOrder(String filter) {
        List<String> listed = listedPostIds(Demo.ACME, filter);
        String filters = filterJson(filter);

        List<List<String>> file = ExportCalls.csv(exports.export(Demo.ACME, alice,
                "{\"type\":\"POSTS\",\"format\":\"CSV\",\"filters\":" + filters + "}"));

        assertThat(file.getFirst()).containsExactlyElementsOf(ExportColumns.of(ExportableLists.Kind.POSTS));
        assertThat(file.subList(1, file.size()).stream().map(List::getFirst).toList()).containsExactlyElementsOf(listed);
        if (filter.isEmpty()) {
            assertThat(listed).as("several pages of the export's keyset walk").hasSizeGreaterThanOrEqualTo(Demo.ACME_POSTS);
        }
    }

    @Test
    void theJobReportsWhatItWroteAndTheDownloadSaysWhatItIs() {
        long id = exports.start(Demo.ACME, alice, "{\"type\":\"ACCOUNTS\",\"format\":\"NDJSON\",\"filters\":{\"sort\":\"createdAt\"}}");
        JsonNode job = exports.ended(Demo.ACME, alice, id);
        HttpResponse<byte[]> file = exports.download(Demo.ACME, alice, id);

        long total = DemoSignIn.json(api.get("/api/v1/guilds/" + Demo.ACME + "/accounts?limit=0", alice).body())
                .get("total").asLong();
        assertThat(job.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(job.get("rowsTotal").asLong()).isEqualTo(total);
        assertThat(job.get("rowsDone").asLong()).isEqualTo(total);
        assertThat(job.get("bytes").asLong()).isEqualTo(file.body().length);
        assertThat(job.get("requestedBy").get("id").asText()).isEqualTo(Demo.ALICE);
        assertThat(job.get("fileName").asText()).matches("acme-creators-accounts-\\d{4}-\\d{2}-\\d{2}\\.ndjson");
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-ndjson");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment").contains("filename=\"" + job.get("fileName").asText() + "\"");
        assertThat(file.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        List<JsonNode> lines = ExportCalls.ndjson(file.body());
        assertThat(lines).hasSize((int) total);
        List<String> keys = new ArrayList<>();
        lines.getFirst().fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyElementsOf(ExportColumns.of(ExportableLists.Kind.ACCOUNTS));
        assertThat(lines.getFirst().get("createdAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
        assertThat(downloadedEntries(Demo.ACME, id)).isEqualTo(1);
    }

    @Test
    void cancellingStopsTheJobLeavesNoFileAndCannotUndoAFinishedOne() {
        long id = exports.start(Demo.ACME, alice, POSTS_CSV);
        HttpResponse<String> cancelled = exports.cancel(Demo.ACME, alice, id);

        JsonNode job = DemoSignIn.json(cancelled.body());
        if (cancelled.statusCode() == 409) {
            // the whole file was written before the cancel arrived: then it is a finished job
            assertThat(exports.job(Demo.ACME, alice, id).get("status").asText()).isEqualTo("SUCCEEDED");
            return;
        }
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(job.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(exports.ended(Demo.ACME, alice, id).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(exports.cancel(Demo.ACME, alice, id).statusCode()).isEqualTo(200);
        assertThat(exports.download(Demo.ACME, alice, id).statusCode()).isEqualTo(409);
        assertThat(cancelledEntries(Demo.ACME, id)).isEqualTo(1);

        long done = exports.start(Demo.ACME, alice, BRANDS_CSV);
        exports.ended(Demo.ACME, alice, done);
        HttpResponse<String> late = exports.cancel(Demo.ACME, alice, done);
        assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
        assertThat(exports.download(Demo.ACME, alice, done).statusCode()).isEqualTo(200);
    }

    @Test
    void theGuildsJobsAreListedNewestFirst() {
        long first = exports.start(Demo.ACME, alice, BRANDS_CSV);
        exports.ended(Demo.ACME, alice, first);
        long second = exports.start(Demo.ACME, alice, "{\"type\":\"AUDIT\",\"format\":\"CSV\"}");
        exports.ended(Demo.ACME, alice, second);

        List<String> ids = DemoSignIn.json(api.get(ExportCalls.base(Demo.ACME), alice).body()).get("items")
                .findValuesAsText("id");
        assertThat(ids.indexOf(String.valueOf(second))).isLessThan(ids.indexOf(String.valueOf(first))).isNotNegative();
        assertThat(api.get(ExportCalls.base(Demo.ACME) + "/abc", alice).statusCode()).isEqualTo(404);
        assertThat(api.get(ExportCalls.base(Demo.ACME) + "/999999999", alice).statusCode()).isEqualTo(404);
    }

    private List<String> listedPostIds(String guildId, String filter) {
        List<String> ids = new ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            JsonNode page = DemoSignIn.json(api.get("/api/v1/guilds/" + guildId + "/posts?limit=500&offset=" + offset
                    + (filter.isEmpty() ? "" : "&" + filter), alice).body());
            page.get("items").forEach(post -> ids.add(post.get("id").asText()));
            if (page.get("items").size() < 500) {
                return ids;
            }
        }
    }

    private static String filterJson(String filter) {
        if (filter.isEmpty()) {
            return "{}";
        }
        List<String> pairs = new ArrayList<>();
        for (String pair : filter.split("&")) {
            String[] kv = pair.split("=", 2);
            pairs.add("\"" + kv[0] + "\":\"" + kv[1] + "\"");
        }
        return "{" + String.join(",", pairs) + "}";
    }

    private long fakeJob(String guildId, String status) {
        embeddedJdbcClient.sql("""
                INSERT INTO api_export_job (guild_id, requested_by, idempotency_key, request_digest, type, format, bom,
                                            filters, status, file_name, created_at)
                VALUES (?, ?, ?, 'x', 'POSTS', 'CSV', FALSE, '{}', ?, 'x-posts-2026-12-01.csv', CURRENT_TIMESTAMP)""")
                .params(guildId, Demo.ALICE, "fake-" + ExportCalls.newKey(), status).update();
        return embeddedJdbcClient.sql("SELECT MAX(id) FROM api_export_job").query(Long.class).single();
    }

    private long jobsWithKey(String key) {
        return embeddedJdbcClient.sql("SELECT COUNT(*) FROM api_export_job WHERE idempotency_key = ?").param(key)
                .query(Long.class).single();
    }

    private long requestedEntries(String guildId, long id) {
        return entries(guildId, id, "EXPORT_REQUESTED");
    }

    private long cancelledEntries(String guildId, long id) {
        return entries(guildId, id, "EXPORT_CANCELLED");
    }

    private long downloadedEntries(String guildId, long id) {
        return entries(guildId, id, "EXPORT_DOWNLOADED");
    }

    private long entries(String guildId, long id, String action) {
        return embeddedJdbcClient.sql("""
                SELECT COUNT(*) FROM api_audit_entry WHERE guild_id = ? AND action = ? AND target_type = 'EXPORT'
                AND target_id = ?""").params(guildId, action, String.valueOf(id)).query(Long.class).single();
    }
}
