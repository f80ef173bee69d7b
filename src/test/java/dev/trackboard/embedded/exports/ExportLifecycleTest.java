package dev.trackboard.embedded.exports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trackboard.embedded.ApiClient;
import dev.trackboard.embedded.EmbeddedAppTest;
import dev.trackboard.embedded.tracking.ExportableLists;
import dev.trackboard.testing.Demo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * A job's life outside the happy path: cancelled halfway (the partial file goes), left running by a
 * process that died (failed with the reason at the start-up step), and expired (the sweep, on a
 * clock moved past the retention, deletes the file; the download then answers 410).
 */
@EmbeddedAppTest
class ExportLifecycleTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    ExportJobStore store;
    @Autowired
    ExportFiles files;
    @Autowired
    ExportRunner runner;
    @Autowired
    Clock clock;
    @Autowired
    ExportProperties properties;

    ApiClient api;
    ExportCalls exports;
    String alice;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        exports = new ExportCalls(api, port);
        alice = ApiClient.accessToken(api.session("alice"));
    }

    @Test
    void aCancelHalfwayStopsTheRunAndDeletesThePartialFile() {
        ExportJob job = newJob(Demo.ACME);
        boolean[] partialWhileRunning = {false};
        int[] written = {0};
        ExportRun[] run = new ExportRun[1];
        ExportSource rows = new ExportSource() {
            @Override
            public long total() {
                return 10_000;
            }

            @Override
            public void forEach(ExportableLists.RowSink sink) {
                for (int i = 0; i < 10_000; i++) {
                    if (i == 2_500) {
                        // what the cancel endpoint does, from "another thread", while the file is half written
                        partialWhileRunning[0] = Files.exists(files.partial(job));
                        assertThat(store.cancel(job.guildId(), job.id(), clock.instant())).isTrue();
                        run[0].stop.compareAndSet(null, ExportRun.Stop.CANCELLED);
                    }
                    if (!sink.row(Arrays.asList(i, "2026-01-01T00:00:00Z", "X", 1, "h", "d", null, null, "t", "u", 1, 2, 3, 4))) {
                        return;
                    }
                    written[0]++;
                }
            }
        };
        run[0] = new ExportRun(job, rows, store, files, clock, properties.retention());

        run[0].run();

        assertThat(partialWhileRunning[0]).isTrue();
        assertThat(written[0]).isEqualTo(2_500);
        assertThat(Files.exists(files.partial(job))).isFalse();
        assertThat(Files.exists(files.complete(job))).isFalse();
        ExportJob after = store.find(job.guildId(), job.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(ExportStatus.CANCELLED);
        assertThat(after.rowsDone()).isEqualTo(2_000); // the last progress before the cancel
    }

    @Test
    void aCancelThatOnlyTheDatabaseKnowsStopsTheRunAtTheNextProgressStep() {
        ExportJob job = newJob(Demo.ACME);
        int[] written = {0};
        ExportSource rows = new ExportSource() {
            @Override
            public long total() {
                return 5_000;
            }

            @Override
            public void forEach(ExportableLists.RowSink sink) {
                for (int i = 0; i < 5_000; i++) {
                    if (i == 1_500) {
                        store.cancel(job.guildId(), job.id(), clock.instant()); // e.g. by another node
                    }
                    if (!sink.row(Arrays.asList(i, null, null, null, null, null, null, null, null, null, 0, 0, 0, 0))) {
                        return;
                    }
                    written[0]++;
                }
            }
        };

        new ExportRun(job, rows, store, files, clock, properties.retention()).run();

        assertThat(written[0]).isEqualTo(2_000);
        assertThat(Files.exists(files.partial(job))).isFalse();
        assertThat(store.find(job.guildId(), job.id()).orElseThrow().status()).isEqualTo(ExportStatus.CANCELLED);
    }

    @Test
    void aJobLeftRunningByAProcessThatDiedIsFailedWithTheReasonAtStartUp() throws IOException {
        ExportJob job = newJob(Demo.ACME);
        assertThat(store.start(job.id(), clock.instant())).isTrue();
        store.progress(job.id(), 1_000_000L, 400_000, 12_345_678);
        Path partial = files.createPartial(job);
        Files.writeString(partial, "id,postedAt\r\n1,2026-01-01T00:00:00Z\r\n");

        runner.recover(); // what the start-up step does

        JsonNode answer = exports.job(Demo.ACME, alice, job.id());
        assertThat(answer.get("status").asText()).isEqualTo("FAILED");
        assertThat(answer.get("failureReason").asText()).isEqualTo(ExportRunner.RESTART_REASON);
        assertThat(answer.get("finishedAt").isNull()).isFalse();
        assertThat(Files.exists(partial)).isFalse();
        assertThat(exports.download(Demo.ACME, alice, job.id()).statusCode()).isEqualTo(409);
    }

    @Test
    void theStartUpStepLeavesTheJobsOfThisProcessAlone() {
        long id = exports.start(Demo.ACME, alice, "{\"type\":\"BRANDS\",\"format\":\"CSV\"}");
        runner.recover();
        assertThat(exports.ended(Demo.ACME, alice, id).get("status").asText()).isEqualTo("SUCCEEDED");
    }

    @Test
    void aFileExpiresAfterTheRetentionAndTheSweepDeletesIt() {
        long id = exports.start(Demo.ORBIT, alice, "{\"type\":\"BRANDS\",\"format\":\"NDJSON\"}");
        JsonNode done = exports.ended(Demo.ORBIT, alice, id);
        Instant finished = Instant.parse(done.get("finishedAt").asText());
        assertThat(Instant.parse(done.get("expiresAt").asText())).isEqualTo(finished.plus(Duration.ofDays(7)));
        ExportJob job = store.find(Demo.ORBIT, id).orElseThrow();
        assertThat(Files.exists(files.complete(job))).isTrue();

        new ExportSweeper(store, files, Clock.offset(clock, Duration.ofDays(6))).sweep();
        assertThat(exports.job(Demo.ORBIT, alice, id).get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(exports.download(Demo.ORBIT, alice, id).statusCode()).isEqualTo(200);

        new ExportSweeper(store, files, Clock.offset(clock, Duration.ofDays(7).plusMinutes(1))).sweep();
        assertThat(exports.job(Demo.ORBIT, alice, id).get("status").asText()).isEqualTo("EXPIRED");
        assertThat(Files.exists(files.complete(job))).isFalse();
        assertThat(exports.download(Demo.ORBIT, alice, id).statusCode()).isEqualTo(410);
    }

    private ExportJob newJob(String guildId) {
        ExportOrder order = new ExportOrder(ExportableLists.Kind.POSTS, ExportFormat.CSV, false, Map.of());
        long id = store.insert(guildId, Demo.ALICE, ExportCalls.newKey(), order, "acme-creators-posts-2026-12-01.csv",
                clock.instant());
        return store.find(guildId, id).orElseThrow();
    }
}
