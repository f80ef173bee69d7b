import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Protocol-level load on a running embedded Trackboard (issue 9, point 8; method in
 * docs/performance.md, "Protocol-level load"). Signs in through the Discord emulator, opens N Vaadin
 * UIs that stay idle with push connected (real websockets, heartbeats like a browser), and measures:
 * live heap per UI after a full GC (jcmd), the UIDL round trip of a posts-grid scroll under that load,
 * and the fan-out of one bot status change to every open UI. Optionally drops all tabs without an
 * unload and follows the heap while the server frees them.
 *
 * <p>Usage: {@code java bench/uiload/UiLoad.java BASE_URL SERVER_PID N [key=value ...]}, keys:
 * {@code per-session} (UIs per signed-in session, 1), {@code page} (posts | overview, posts),
 * {@code push} (true), {@code scrolls} (200), {@code scroll-clients} (1), {@code rounds} (fan-out rounds,
 * 10), {@code abandon} (minutes to follow abandoned UIs, 0 = unload them), {@code out}
 * (target/bench/ui-load), {@code management} (actuator base URL, for the open-UI gauge), {@code dump}
 * (also write an HPROF heap dump with the UIs open). Loopback only.
 */
public class UiLoad {

    static final String ACME = "200000000000000001";
    static final Map<String, String> PAGES = Map.of("posts", "/guilds/" + ACME + "/tracking/posts",
            "overview", "/guilds/" + ACME);
    static final int PARALLEL = 8;

    final URI base;
    final int uis;
    final Map<String, String> options;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    final List<HttpClient> pushClients = new ArrayList<>();
    final List<Browser> browsers = new ArrayList<>();
    final List<Tab> tabs = new ArrayList<>();
    final Heap heap;
    final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();

    UiLoad(URI base, long pid, int uis, Map<String, String> options) throws Exception {
        this.base = base;
        this.uis = uis;
        this.options = options;
        this.heap = new Heap(pid, Path.of(option("out", "target/bench/ui-load")));
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java bench/uiload/UiLoad.java BASE_URL SERVER_PID N [key=value ...]");
            System.exit(2);
        }
        URI base = URI.create(args[0]);
        if (!List.of("127.0.0.1", "localhost").contains(base.getHost())) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 3; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        new UiLoad(base, Long.parseLong(args[1]), Integer.parseInt(args[2]), options).run();
        System.exit(0);
    }

    String option(String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }

    int intOption(String key, int fallback) {
        return Integer.parseInt(option(key, String.valueOf(fallback)));
    }

    boolean push() {
        return Boolean.parseBoolean(option("push", "true"));
    }

    String path() {
        String page = option("page", "posts");
        if (!PAGES.containsKey(page)) {
            throw new IllegalArgumentException("page: one of " + PAGES.keySet());
        }
        return PAGES.get(page);
    }

    void run() throws Exception {
        int perSession = intOption("per-session", 1);
        int sessions = (uis + perSession - 1) / perSession;
        System.out.printf("UIs: %d on %s, %d per session (%d sessions), push %s%n", uis, path(), perSession, sessions,
                push() ? "connected (websocket)" : "not connected");
        warmUp();
        Heap.Histogram before = heap.take("0-before");
        long started = System.nanoTime();
        parallel(sessions, i -> {
            Browser browser = new Browser(base, http);
            browser.signIn("alice");
            synchronized (browsers) {
                browsers.add(browser);
            }
        });
        Heap.Histogram signedIn = heap.take("1-signed-in");
        System.out.printf("signed in %d sessions in %.1f s%n", sessions, (System.nanoTime() - started) / 1e9);
        started = System.nanoTime();
        for (int i = 0; i < uis; i++) {
            tabs.add(new Tab(browsers.get(i / perSession), path()));
        }
        parallel(uis, i -> openTab(tabs.get(i), i));
        System.out.printf("opened %d UIs in %.1f s (heartbeat every %d s; page loads retried after a 503: %d)%n", uis,
                (System.nanoTime() - started) / 1e9, tabs.getFirst().heartbeatSeconds, Tab.BUSY_RETRIES.get());
        keepAlive();
        Thread.sleep(5_000); // let background loads and pushes settle
        Heap.Histogram open = heap.take("2-open");
        if (Boolean.parseBoolean(option("dump", "false"))) {
            System.out.println("heap dump: " + heap.dump("2-open"));
        }
        report(before, signedIn, open, sessions);

        if (tabs.getFirst().gridNode >= 0) {
            new GridScrolls(tabs, intOption("scrolls", 200), intOption("scroll-clients", 1)).run();
        }
        if (push()) {
            new StatusFanOut(base, http, tabs, intOption("rounds", 10)).run();
        }
        int abandonMinutes = intOption("abandon", 0);
        if (abandonMinutes > 0) {
            abandon(signedIn, abandonMinutes);
        } else {
            parallel(uis, i -> tabs.get(i).unload());
            parallel(browsers.size(), i -> browsers.get(i).signOut());
            System.out.printf("unloaded and signed out: live heap %s%n", Stats.mib(heap.take("3-closed").totalBytes()));
        }
        timers.shutdownNow();
    }

    /**
     * UIs first, opened {@value #PARALLEL} at a time like the measured ones and then closed, so class
     * loading, JIT, caches and the server's pools (request processors, threads and their buffers) are at
     * the size this load needs before the baseline is taken; they are not a UI's cost.
     */
    void warmUp() throws Exception {
        List<Tab> warm = new ArrayList<>();
        for (int i = 0; i < 2 * PARALLEL; i++) {
            warm.add(new Tab(new Browser(base, http), path()));
        }
        parallel(warm.size(), i -> {
            Tab tab = warm.get(i);
            tab.browser.signIn("alice");
            openTab(tab, i);
            if (tab.gridNode >= 0) {
                for (int row = 0; row < 2_000; row += 400) {
                    tab.scrollGrid(row, 100);
                }
            }
        });
        parallel(warm.size(), i -> {
            warm.get(i).unload();
            warm.get(i).browser.signOut();
        });
    }

    void openTab(Tab tab, int index) throws Exception {
        tab.open();
        if (push()) {
            HttpClient client;
            synchronized (pushClients) {
                // a few sockets per client: one selector thread per HttpClient reads all of its sockets
                while (pushClients.size() <= index / 50) {
                    pushClients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
                }
                client = pushClients.get(index / 50);
            }
            tab.connectPush(client);
        }
        if (tab.gridNode >= 0) {
            // the posts view loads its first page in the background and pushes the size; without push
            // the client would only see it with its next request, so ask like a poll would
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!tab.awaitGridSize(Duration.ofMillis(push() ? 1_000 : 200)) && System.nanoTime() < deadline) {
                if (!push()) {
                    tab.call();
                }
            }
            if (tab.gridSize <= 0) {
                throw new IllegalStateException("the posts grid got no rows within 30 s");
            }
            tab.scrollGrid(0, 50); // the first page on screen, as the connector asks for it
        }
    }

    /** Heartbeats (Vaadin's, per UI) and Atmosphere's websocket padding, like an open tab sends them. */
    void keepAlive() {
        int heartbeat = tabs.getFirst().heartbeatSeconds;
        timers.scheduleAtFixedRate(() -> tabs.stream().filter(tab -> !tab.closed)
                .forEach(tab -> Thread.ofVirtual().start(() -> {
                    try {
                        tab.heartbeat();
                    } catch (Exception e) {
                        System.err.println("heartbeat failed: " + e);
                    }
                })), heartbeat, heartbeat, TimeUnit.SECONDS);
        long padding = push() ? tabs.getFirst().serverHeartbeatMillis() : 0;
        if (padding > 0) {
            timers.scheduleAtFixedRate(() -> tabs.forEach(Tab::pushHeartbeat), padding, padding, TimeUnit.MILLISECONDS);
        }
    }

    void report(Heap.Histogram before, Heap.Histogram signedIn, Heap.Histogram open, int sessions) throws Exception {
        System.out.printf("live heap after full GC: before %s, %d sessions signed in %s, %d UIs open %s%n",
                Stats.mib(before.totalBytes()), sessions, Stats.mib(signedIn.totalBytes()), uis,
                Stats.mib(open.totalBytes()));
        System.out.printf("live heap per UI: %s (UI alone: open - signed in) / N; %s with its session (open - before) / N%n",
                Stats.kib((double) (open.totalBytes() - signedIn.totalBytes()) / uis),
                Stats.kib((double) (open.totalBytes() - before.totalBytes()) / uis));
        String diff = Heap.diff(signedIn, open, uis, 40);
        java.nio.file.Files.writeString(Path.of(option("out", "target/bench/ui-load"), "per-ui-classes.txt"), diff);
        System.out.print("largest classes per UI (all in " + option("out", "target/bench/ui-load") + "/per-ui-classes.txt):\n"
                + String.join("\n", diff.lines().limit(16).toList()) + "\n");
        openUiGauge().ifPresent(count -> System.out.printf("open UIs (trackboard.ui.open): %d%n", count));
    }

    /** Drops every tab without an unload, stops their heartbeats, and follows the heap as they are freed. */
    void abandon(Heap.Histogram signedIn, int minutes) throws Exception {
        timers.shutdownNow();
        tabs.forEach(Tab::abandon);
        long start = System.nanoTime();
        System.out.printf("abandoned %d UIs (connections dropped, no unload); following for %d min%n", uis, minutes);
        for (int second = 0; second <= minutes * 60; second += 30) {
            long wait = start + TimeUnit.SECONDS.toNanos(second) - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000);
            }
            long live = heap.take("4-abandoned-" + second + "s").totalBytes();
            System.out.printf("  +%3d s: live heap %s, above signed-in %s per UI%s%n", second, Stats.mib(live),
                    Stats.kib((double) (live - signedIn.totalBytes()) / uis),
                    openUiGauge().map(count -> ", open UIs " + count).orElse(""));
        }
    }

    /** The open-UI gauge on the management port, if the server has one. */
    java.util.Optional<Long> openUiGauge() {
        String management = option("management", "");
        if (management.isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(management + "/actuator/metrics/trackboard.ui.open")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return java.util.Optional.empty();
            }
            Object value = Json.object(Json.array(Json.object(Json.parse(response.body())).get("measurements"))
                    .getFirst()).get("value");
            return java.util.Optional.of(((Number) value).longValue());
        } catch (Exception e) {
            return java.util.Optional.empty();
        }
    }

    interface Step {
        void run(int index) throws Exception;
    }

    /** Runs {@code count} steps, {@value #PARALLEL} at a time; the first failure stops the run. */
    static void parallel(int count, Step step) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(PARALLEL, Thread.ofVirtual().factory())) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                done.add(pool.submit(() -> {
                    step.run(index);
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        }
    }
}
