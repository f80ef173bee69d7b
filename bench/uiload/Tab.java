import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One browser tab on a Vaadin page, spoken to the way Vaadin's client (FlowClient.js 25.2) does it:
 * the page's bootstrap carries the first UIDL ({@code v-uiId}, {@code Vaadin-Security-Key},
 * {@code Vaadin-Push-ID}); user actions are XHR POSTs to {@code ?v-r=uidl&v-uiId=N} with the CSRF
 * token, the last server sync id and a client message id that counts up; heartbeats are POSTs to
 * {@code ?v-r=heartbeat}; the server pushes over an Atmosphere websocket ({@link PushChannel};
 * {@code WEBSOCKET_XHR}: server to client only).
 *
 * <p>The grid connector's part (gridConnector.ts): it asks for rows with
 * {@code $server.setViewportRange(start, length)} and acknowledges each batch that ends with
 * {@code $connector.confirm(id)} with {@code $server.confirmUpdate(id)}.
 */
final class Tab {

    private static final String BOOTSTRAP = "window.Vaadin.TypeScript= ";
    private static final String UIDL_PREFIX = "for(;;);";

    final Browser browser;
    final String path;
    int uiId;
    private String securityKey;
    private String pushId;
    int heartbeatSeconds;
    int gridNode = -1;
    volatile int gridSize = -1;

    /** One UIDL request at a time per tab, like the client's message queue. */
    private final ReentrantLock requests = new ReentrantLock();
    private volatile int syncId;
    private int clientId;
    private int promiseId;

    private PushChannel push;
    private volatile Consumer<String> pushWatcher = message -> { };
    private final CountDownLatch gridSized = new CountDownLatch(1);
    volatile boolean closed;

    Tab(Browser browser, String path) {
        this.browser = browser;
        this.path = path;
    }

    /** Page loads the embedded server queued too long (503 + Retry-After, BackendFirstFilter) and retried. */
    static final java.util.concurrent.atomic.AtomicInteger BUSY_RETRIES = new java.util.concurrent.atomic.AtomicInteger();

    /** GET the page (one new UI on the server) and read its bootstrap; a 503 is retried like a reload. */
    void open() throws IOException, InterruptedException {
        HttpResponse<String> page = browser.send(browser.get(path));
        for (int retry = 0; page.statusCode() == 503 && retry < 3; retry++) {
            BUSY_RETRIES.incrementAndGet();
            Thread.sleep(1_000L * Integer.parseInt(page.headers().firstValue("Retry-After").orElse("5")));
            page = browser.send(browser.get(path));
        }
        Browser.expect(page, 200, "GET " + path);
        String html = page.body();
        int start = html.indexOf(BOOTSTRAP);
        if (start < 0) {
            throw new IllegalStateException("no Vaadin bootstrap in " + path);
        }
        Map<String, Object> appConfig = Json.object(Json.object(Json.object(
                Json.parseAt(html, start + BOOTSTRAP.length())).get("initial")).get("appConfig"));
        uiId = Json.integer(appConfig.get("v-uiId"), -1);
        heartbeatSeconds = Json.integer(appConfig.get("heartbeatInterval"), 300);
        Map<String, Object> uidl = Json.object(appConfig.get("uidl"));
        securityKey = (String) uidl.get("Vaadin-Security-Key");
        pushId = (String) uidl.get("Vaadin-Push-ID");
        for (Object change : Json.array(uidl.get("changes"))) {
            Map<String, Object> put = Json.object(change);
            if ("tag".equals(put.get("key")) && "vaadin-grid".equals(put.get("value"))) {
                gridNode = Json.integer(put.get("node"), -1);
            }
        }
        clientId = Json.integer(uidl.get("clientId"), 0);
        process(uidl);
    }

    /** Opens the push websocket with the query Atmosphere's client (vaadinPush.js 4.0) adds. */
    void connectPush(HttpClient client) throws InterruptedException {
        URI http = browser.resolve("/VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8"
                + "&X-atmo-protocol=true");
        push = new PushChannel(this::onPush);
        push.connect(client, URI.create("ws" + http.toString().substring(4)), browser.cookieHeader());
    }

    private void onPush(String message, long receivedAt) {
        if (message.startsWith("{")) {
            process(Json.object(Json.parse(message)));
        }
        pushWatcher.accept(message);
    }

    /** Waits until the grid's size arrived (the posts view loads its first page in the background). */
    boolean awaitGridSize(Duration patience) throws InterruptedException {
        return gridSize > 0 || gridSized.await(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A grid scroll: setViewportRange, then confirmUpdate of the batch. Returns the first round trip in ns. */
    long scrollGrid(int start, int length) throws IOException, InterruptedException {
        Map<String, Object> answer = call(serverMethod("setViewportRange", start + "," + length));
        long took = (long) answer.get("__nanos");
        Integer confirm = (Integer) answer.get("__confirm");
        if (confirm != null) {
            call(serverMethod("confirmUpdate", String.valueOf(confirm)));
        }
        return took;
    }

    private String serverMethod(String name, String args) {
        return "{\"type\":\"publishedEventHandler\",\"node\":" + gridNode + ",\"templateEventMethodName\":"
                + Json.quote(name) + ",\"templateEventMethodArgs\":[" + args + "],\"promise\":" + promiseId++ + "}";
    }

    /** POST one UIDL message with these RPC invocations; the answer's map gets the round trip as __nanos. */
    Map<String, Object> call(String... rpc) throws IOException, InterruptedException {
        requests.lock();
        try {
            String body = "{\"csrfToken\":" + Json.quote(securityKey) + ",\"rpc\":[" + String.join(",", rpc)
                    + "],\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
            long start = System.nanoTime();
            HttpResponse<String> response = browser.send(browser.postJson(vaadinUrl("uidl"), body));
            long took = System.nanoTime() - start;
            Browser.expect(response, 200, "UIDL");
            String text = response.body();
            Map<String, Object> uidl = Json.object(Json.parse(text.startsWith(UIDL_PREFIX)
                    ? text.substring(UIDL_PREFIX.length()) : text));
            if (uidl.containsKey("meta") && Json.object(uidl.get("meta")).containsKey("sessionExpired")) {
                throw new IllegalStateException("session expired");
            }
            // the server answers with the id it expects next (last processed + 1)
            clientId = Json.integer(uidl.get("clientId"), clientId + 1);
            Map<String, Object> result = new java.util.HashMap<>(uidl);
            result.put("__nanos", took);
            Integer confirm = process(uidl);
            if (confirm != null) {
                result.put("__confirm", confirm);
            }
            return result;
        } finally {
            requests.unlock();
        }
    }

    void heartbeat() throws IOException, InterruptedException {
        browser.send(java.net.http.HttpRequest.newBuilder(browser.resolve(vaadinUrl("heartbeat")))
                .timeout(Browser.REQUEST_TIMEOUT).POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
    }

    /** What the client sends on page hide (navigator.sendBeacon): the server closes the UI at once. */
    void unload() throws IOException, InterruptedException {
        requests.lock();
        try {
            closed = true;
            if (push != null) {
                push.expectClose();
            }
            String body = "{\"csrfToken\":" + Json.quote(securityKey) + ",\"rpc\":[],\"syncId\":" + syncId
                    + ",\"clientId\":" + clientId + ",\"UNLOAD\":true}";
            browser.send(browser.postJson(vaadinUrl("uidl"), body));
        } finally {
            requests.unlock();
        }
        closePush();
    }

    void closePush() {
        if (push != null) {
            push.close();
        }
    }

    /** A tab that vanishes without unload (crash, killed browser, lost network): the connection drops. */
    void abandon() {
        closed = true;
        if (push != null) {
            push.abort();
        }
    }

    void watchPush(Consumer<String> watcher) {
        pushWatcher = watcher;
    }

    long serverHeartbeatMillis() {
        return push == null ? 0 : push.heartbeatMillis();
    }

    /** The websocket's own keep-alive (Atmosphere's heartbeat padding), as vaadinPush.js sends it. */
    void pushHeartbeat() {
        if (push != null && !closed) {
            push.keepAlive();
        }
    }

    private String vaadinUrl(String type) {
        return "/?v-r=" + type + "&v-uiId=" + uiId;
    }

    /** Reads what a UIDL message changes for this driver: sync id, the grid's size, the batch to confirm. */
    private Integer process(Map<String, Object> uidl) {
        int sync = Json.integer(uidl.get("syncId"), -1);
        if (sync > syncId) {
            syncId = sync;
        }
        Integer confirm = null;
        for (Object call : Json.array(uidl.get("execute"))) {
            List<Object> invocation = Json.array(call);
            if (invocation.size() < 2 || !(invocation.getLast() instanceof String script)) {
                continue;
            }
            if (script.contains("$connector.updateSize(")) {
                int size = Json.integer(invocation.get(1), -1);
                gridSize = size;
                if (size > 0) {
                    gridSized.countDown();
                }
            } else if (script.contains("$connector.confirm(") && invocation.size() >= 3) {
                confirm = Json.integer(invocation.get(1), -1);
            }
        }
        return confirm;
    }

    static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
