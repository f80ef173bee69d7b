package dev.trackboard.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A Tracking API that misbehaves on demand: on loopback in front of the real (embedded) one, it
 * forwards every request unchanged — streams included — until a {@link Fault} is armed for the
 * requests it matches. Only the test decides when a held request goes on ({@link #release()}).
 */
public final class FaultyApiProxy implements AutoCloseable {

    /** What the proxy does instead of (or around) forwarding. */
    public enum Fault {
        NONE, DOWN, HOLD, SERVER_ERROR_WITH_TRACE, RATE_LIMITED, MALFORMED, HUGE, DROP_AFTER_FORWARDING
    }

    static final String FAKE_TRACE = "java.lang.IllegalStateException: boom\n\tat com.acme.Secret.leak(Secret.java:42)";
    static final String FAKE_TOKEN = "eyJhbGciOiJFUzI1NiJ9.FAKE-TOKEN-SHOULD-NEVER-SHOW.sig";
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "transfer-encoding", "host",
            "keep-alive", "upgrade", "date");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient forward = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String target;
    private final AtomicInteger faulted = new AtomicInteger();
    private volatile Fault fault = Fault.NONE;
    private volatile Predicate<String> where = path -> true;
    private volatile String retryAfter = "1";
    private volatile CountDownLatch held = new CountDownLatch(0);

    /** @param target the real API's base, e.g. {@code http://127.0.0.1:1234} */
    FaultyApiProxy(String target) throws IOException {
        this.target = target;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1";
    }

    /** Arms {@code fault} for requests whose path (with query) {@code where} matches. */
    public FaultyApiProxy fail(Fault fault, Predicate<String> where) {
        this.where = where;
        this.fault = fault;
        if (fault == Fault.HOLD) {
            held = new CountDownLatch(1);
        }
        return this;
    }

    public FaultyApiProxy retryAfter(String header) {
        this.retryAfter = header;
        return this;
    }

    /** Back to forwarding everything; held requests go on. */
    public void heal() {
        fault = Fault.NONE;
        release();
    }

    private void release() {
        held.countDown();
    }

    /** How many requests met the armed fault so far. */
    public int faulted() {
        return faulted.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().toString();
            Fault now = fault;
            if (now != Fault.NONE && where.test(path)) {
                faulted.incrementAndGet();
                if (misbehave(exchange, now)) {
                    return;
                }
            }
            forward(exchange, now == Fault.DROP_AFTER_FORWARDING && where.test(path));
        } catch (IOException | InterruptedException clientWentAway) {
            // the dashboard gave up (its timeout); nothing to answer
        }
    }

    /** True when the exchange is done; false to forward after all (a held request, released). */
    private boolean misbehave(HttpExchange exchange, Fault now) throws IOException, InterruptedException {
        switch (now) {
            case DOWN -> {
                return true; // closed without an answer, like a dead upstream behind a proxy
            }
            case HOLD -> {
                held.await(60, TimeUnit.SECONDS);
                return false;
            }
            case SERVER_ERROR_WITH_TRACE -> send(exchange, 500, "application/json",
                    "{\"error\":\"" + FAKE_TRACE.replace("\n", "\\n").replace("\t", "\\t") + "\",\"token\":\""
                            + FAKE_TOKEN + "\"}");
            case RATE_LIMITED -> {
                if (retryAfter != null) { // null: a 429 without the header
                    exchange.getResponseHeaders().add("Retry-After", retryAfter);
                }
                send(exchange, 429, "application/problem+json", "{\"status\":429,\"title\":\"Too Many Requests\"}");
            }
            case MALFORMED -> send(exchange, 200, "application/json", "{\"items\":[{\"id\":");
            case HUGE -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, 0);
                byte[] chunk = ("{\"pad\":\"" + "x".repeat(1 << 16) + "\"},").getBytes(StandardCharsets.US_ASCII);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write("{\"items\":[".getBytes(StandardCharsets.US_ASCII));
                    for (long sent = 0; sent < 50L << 20; sent += chunk.length) {
                        out.write(chunk);
                    }
                }
            }
            default -> {
                return false; // DROP_AFTER_FORWARDING forwards first
            }
        }
        return true;
    }

    private void forward(HttpExchange exchange, boolean dropAnswer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(
                        exchange.getRequestBody().readAllBytes()));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                values.forEach(value -> request.header(name, value));
            }
        });
        HttpResponse<InputStream> answer = forward.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (dropAnswer) {
            answer.body().close();
            return; // the API has done it; the dashboard never hears so
        }
        answer.headers().map().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, List.copyOf(values));
            }
        });
        boolean noBody = answer.statusCode() == 204 || answer.statusCode() == 304;
        exchange.sendResponseHeaders(answer.statusCode(), noBody ? -1 : 0);
        if (noBody) {
            return;
        }
        try (InputStream in = answer.body(); OutputStream out = exchange.getResponseBody()) {
            byte[] buffer = new byte[8192];
            for (int read; (read = in.read(buffer)) != -1; ) {
                out.write(buffer, 0, read);
                out.flush(); // server-sent events go through as they come
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        heal();
        server.stop(0);
        threads.shutdownNow();
    }
}
