import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Push fan-out of one bot status change: t0 just before the loopback hook
 * {@code POST /embedded/bot/{guild}/status} is sent, then, per UI, the moment its websocket delivers
 * the push message that sets the header badge's {@code data-state} to the new state. Rounds switch
 * between OFFLINE and ONLINE. Reports p50/p95 over all deliveries and the last UI of each round.
 */
final class StatusFanOut {

    private final URI base;
    private final HttpClient http;
    private final List<Tab> tabs;
    private final int rounds;

    StatusFanOut(URI base, HttpClient http, List<Tab> tabs, int rounds) {
        this.base = base;
        this.http = http;
        this.tabs = tabs;
        this.rounds = rounds;
    }

    void run() throws Exception {
        force("ONLINE");
        Thread.sleep(1_000);
        List<Double> all = new ArrayList<>();
        double[] last = new double[rounds];
        int missed = 0;
        for (int round = 0; round < rounds; round++) {
            String state = round % 2 == 0 ? "OFFLINE" : "ONLINE";
            String needle = "\"value\":\"" + state + "\"";
            AtomicLongArray receivedAt = new AtomicLongArray(tabs.size());
            CountDownLatch arrived = new CountDownLatch(tabs.size());
            for (int i = 0; i < tabs.size(); i++) {
                int index = i;
                tabs.get(i).watchPush(message -> {
                    if (message.contains("data-state") && message.contains(needle)
                            && receivedAt.compareAndSet(index, 0, System.nanoTime())) {
                        arrived.countDown();
                    }
                });
            }
            long sentAt = System.nanoTime();
            force(state);
            if (!arrived.await(30, TimeUnit.SECONDS)) {
                missed += (int) arrived.getCount();
            }
            for (int i = 0; i < tabs.size(); i++) {
                long at = receivedAt.get(i);
                if (at != 0) {
                    double ms = (at - sentAt) / 1e6;
                    all.add(ms);
                    last[round] = Math.max(last[round], ms);
                }
            }
            tabs.forEach(tab -> tab.watchPush(message -> { }));
            Thread.sleep(500);
        }
        force("ONLINE");
        double[] deliveries = all.stream().mapToDouble(Double::doubleValue).toArray();
        System.out.printf("status fan-out to %d UIs over websockets (%d rounds): %s; last UI per round: p50 %.1f ms,"
                + " max %.1f ms%s%n", tabs.size(), rounds, Stats.summary(deliveries), Stats.percentile(last, 50),
                Arrays.stream(last).max().orElse(Double.NaN), missed == 0 ? "" : "; MISSED " + missed + " deliveries");
    }

    private void force(String state) throws Exception {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(base.resolve("/embedded/bot/" + UiLoad.ACME
                + "/status")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"state\":\"" + state + "\"}")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 204) {
            throw new IllegalStateException("status hook answered " + response.statusCode());
        }
    }
}
