package dev.trackboard.api;

import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Tracking API as the client tests see it: a {@link MockWebServer} started before each test and shut
 * down after it, answers queued in order, and {@link ApiCalls} against it at {@link #NOW}. Register it
 * with {@code @RegisterExtension} on an instance field; build the client under test from {@link #calls()}
 * in a {@code @BeforeEach} (the server runs by then).
 */
final class CannedApi implements BeforeEachCallback, AfterEachCallback {

    /** The fixed time of the calls; the demo session expires five minutes after it. */
    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final MockWebServer server = new MockWebServer();
    private ApiCalls calls;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        server.start();
        calls = TestApiCalls.against(server, NOW);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        server.shutdown();
    }

    /** Alice's signed-in session, valid at {@link #NOW}. */
    static ApiSession session() {
        return new ApiSession("s1", new ApiUser("100000000000000001", "alice", "Alice", null),
                "access-1", "refresh-1", NOW.plusSeconds(300));
    }

    ApiCalls calls() {
        return calls;
    }

    /** Queues the next answer. */
    void answer(int status, String contentType, String body) {
        server.enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Type", contentType).setBody(body));
    }

    /** Queues an answer {@link #answer} cannot say: no body, a binary body, a stream. */
    void enqueue(MockResponse response) {
        server.enqueue(response);
    }

    RecordedRequest takeRequest() throws InterruptedException {
        return server.takeRequest();
    }

    RecordedRequest takeRequest(long timeout, TimeUnit unit) throws InterruptedException {
        return server.takeRequest(timeout, unit);
    }
}
