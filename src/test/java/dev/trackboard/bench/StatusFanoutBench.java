package dev.trackboard.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.OperatingSystemMXBean;
import dev.trackboard.api.ApiSession;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.SessionClient;
import dev.trackboard.api.status.BotState;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.EmbeddedAppTest;
import dev.trackboard.embedded.TestHttp;
import dev.trackboard.status.BotStatusBroadcaster;
import dev.trackboard.status.StatusUpdate;
import dev.trackboard.testing.Demo;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Publish-to-UI latency of a bot status change for 1, 100 and 1,000 open UIs on one guild (run by
 * bench/status-fanout.sh; skipped unless -Dbench=true). What is measured, end to end in one JVM:
 * the loopback test hook is called (t0) → embedded simulator → status board → SseEmitter → HTTP on
 * loopback → OkHttp SSE reader → the real {@link BotStatusBroadcaster} → N subscribers, each of
 * which mimics {@code ui.access}: it queues the command and runs it under its own per-UI lock
 * (tryLock, as VaadinSession does). The command stamps t1. Not included: UIDL serialisation and
 * the websocket write to a browser (measured separately by the browser test, not timed here).
 */
@EmbeddedAppTest
class StatusFanoutBench {

    private static final int ROUNDS = 30;

    @Value("${local.server.port}")
    int port;
    @Autowired
    BotStatusBroadcaster broadcaster;
    @Autowired
    SessionClient api;

    /** A stand-in for one UI: a lock and a pending-access queue, like VaadinSession. */
    static final class FakeUi {
        final ReentrantLock lock = new ReentrantLock();
        final ConcurrentLinkedQueue<Runnable> pending = new ConcurrentLinkedQueue<>();
        final AtomicReference<BotState> shown = new AtomicReference<>();

        void access(Runnable command) {
            pending.add(command);
            if (lock.tryLock()) {
                try {
                    for (Runnable next = pending.poll(); next != null; next = pending.poll()) {
                        next.run();
                    }
                } finally {
                    lock.unlock();
                }
            }
        }
    }

    @Test
    void publishToUiLatency() throws Exception {
        assumeTrue(Boolean.getBoolean("bench"), "benchmark: run with -Dbench=true (bench/status-fanout.sh)");
        ApiSession session = api.startSession(new DemoSignIn(new TestHttp(port), port).discordAccessToken("alice"),
                "bench", "127.0.0.1");
        GuildId acme = new GuildId(Demo.ACME);
        force("ONLINE");
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%-6s %8s %8s %8s %10s %12s %12s %14s%n", "UIs", "p50 ms", "p95 ms", "max ms", "last p50",
                "api→UI p95", "upstreams", "CPU/push ms"));
        for (int uis : new int[] {1, 100, 1_000}) {
            report.append(run(acme, session, uis));
        }
        Path out = Path.of("target", "bench", "status-fanout.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    private String run(GuildId acme, ApiSession session, int uis) throws Exception {
        long opensBefore = broadcaster.upstreamOpens();
        List<FakeUi> screens = new ArrayList<>();
        List<BotStatusBroadcaster.Subscription> subscriptions = new ArrayList<>();
        AtomicReference<CountDownLatch> arrivals = new AtomicReference<>(new CountDownLatch(uis));
        AtomicReference<BotState> expected = new AtomicReference<>(BotState.ONLINE);
        long[][] receivedAt = new long[ROUNDS][uis];
        double[][] sincePublish = new double[ROUNDS][uis];
        java.util.concurrent.atomic.AtomicInteger round = new java.util.concurrent.atomic.AtomicInteger(-1);
        for (int i = 0; i < uis; i++) {
            FakeUi ui = new FakeUi();
            int index = i;
            screens.add(ui);
            subscriptions.add(broadcaster.subscribe(acme, session, update -> ui.access(() -> {
                long now = System.nanoTime();
                BotState state = update.status() == null ? null : update.status().state();
                if (update.freshness() == StatusUpdate.Freshness.LIVE && state == expected.get()
                        && ui.shown.getAndSet(state) != state) {
                    if (round.get() >= 0) {
                        receivedAt[round.get()][index] = now;
                        // the API stamps observedAt when it publishes: its board → SSE → broadcaster → this UI
                        sincePublish[round.get()][index] = java.time.Duration.between(update.status().observedAt(),
                                java.time.Instant.now()).toNanos() / 1e6;
                    }
                    arrivals.get().countDown();
                }
            })));
        }
        assertThat(arrivals.get().await(20, TimeUnit.SECONDS)).as("initial status at every UI").isTrue();
        long upstreams = broadcaster.upstreamOpens() - opensBefore;

        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long idleCpu = os.getProcessCpuTime();
        long idleStart = System.nanoTime();
        Thread.sleep(2_000); // a measuring window for the idle CPU baseline, not a wait for behaviour
        double idleCpuPerNano = (double) (os.getProcessCpuTime() - idleCpu) / (System.nanoTime() - idleStart);

        long[] publishedAt = new long[ROUNDS];
        long cpuStart = os.getProcessCpuTime();
        long wallStart = System.nanoTime();
        for (int r = 0; r < ROUNDS; r++) {
            BotState next = r % 2 == 0 ? BotState.OFFLINE : BotState.ONLINE;
            arrivals.set(new CountDownLatch(uis));
            expected.set(next);
            round.set(r);
            publishedAt[r] = System.nanoTime();
            force(next.name());
            assertThat(arrivals.get().await(20, TimeUnit.SECONDS)).as("round " + r + " reached every UI").isTrue();
            Thread.sleep(50); // spacing between rounds so one round's stragglers are not the next one's; arrivals are awaited above
        }
        long wall = System.nanoTime() - wallStart;
        double cpuPerPushMs = Math.max(0, (os.getProcessCpuTime() - cpuStart) - idleCpuPerNano * wall) / ROUNDS / 1e6;
        subscriptions.forEach(BotStatusBroadcaster.Subscription::cancel);
        force("ONLINE");

        double[] fromApi = Arrays.stream(sincePublish).flatMapToDouble(Arrays::stream).sorted().toArray();
        double[] latencies = new double[ROUNDS * uis];
        double[] lastPerRound = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            for (int i = 0; i < uis; i++) {
                double ms = (receivedAt[r][i] - publishedAt[r]) / 1e6;
                latencies[r * uis + i] = ms;
                lastPerRound[r] = Math.max(lastPerRound[r], ms);
            }
        }
        Arrays.sort(latencies);
        Arrays.sort(lastPerRound);
        return String.format(Locale.ROOT, "%-6d %8.1f %8.1f %8.1f %10.1f %12.1f %12d %14.2f%n", uis,
                percentile(latencies, 50), percentile(latencies, 95), latencies[latencies.length - 1],
                percentile(lastPerRound, 50), percentile(fromApi, 95), upstreams, cpuPerPushMs);
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.clamp(index, 0, sorted.length - 1)];
    }

    private void force(String state) throws IOException {
        int status = new TestHttp(port).postJson("/embedded/bot/" + Demo.ACME + "/status",
                "{\"state\":\"" + state + "\"}").statusCode();
        assertThat(status).isEqualTo(204);
    }
}
