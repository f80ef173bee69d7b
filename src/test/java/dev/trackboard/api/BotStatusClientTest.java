package dev.trackboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.api.status.BotState;
import dev.trackboard.api.status.BotStatus;
import dev.trackboard.api.status.BotStatusClient;
import dev.trackboard.api.status.StatusStream;
import dev.trackboard.api.status.StatusStreamListener;
import dev.trackboard.config.LocalServerAddress;
import dev.trackboard.config.TrackboardProperties;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The status stream as the client reads it: events, the end, and refusals as typed failures. */
class BotStatusClientTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final GuildId ACME = new GuildId("200000000000000001");

    private final MockWebServer server = new MockWebServer();
    private TrackboardProperties.Api api;
    private BotStatusClient client;

    @BeforeEach
    void start() throws IOException {
        server.start();
        api = new TrackboardProperties.Api(server.url("/api/v1").toString(), Duration.ofSeconds(1),
                Duration.ofSeconds(2), Duration.ofSeconds(3), 64 * 1024);
        client = client(new ApiHttpClientFactory().create(api));
    }

    private BotStatusClient client(OkHttpClient http) {
        var properties = new TrackboardProperties(TrackboardProperties.Mode.PRODUCTION, Path.of("."), api,
                new TrackboardProperties.Discord("id", "secret", "a", "t", "u", "r", "x"));
        return new BotStatusClient(new ApiCalls(properties, new LocalServerAddress(), http,
                Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private static ApiSession session() {
        return new ApiSession("s1", new ApiUser("100000000000000001", "alice", "Alice", null),
                "access-1", "refresh-1", NOW.plusSeconds(300));
    }

    /** Collects what the stream delivers; completes when it closes. */
    private static final class Collector implements StatusStreamListener {
        final List<BotStatus> statuses = new CopyOnWriteArrayList<>();
        final List<GuildId> revoked = new CopyOnWriteArrayList<>();
        final CompletableFuture<TrackingApiException> closed = new CompletableFuture<>();
        /** Runs on the reader thread after each status, before the next event is read. */
        Runnable afterStatus = () -> { };

        @Override
        public void onStatus(BotStatus status) {
            statuses.add(status);
            afterStatus.run();
        }

        @Override
        public void onRevoked(GuildId guildId) {
            revoked.add(guildId);
        }

        @Override
        public void onClosed(TrackingApiException failure) {
            closed.complete(failure);
        }
    }

    @Test
    void readsStatusAndRevokedEventsAndTheEnd() throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream").setBody("""
                : keep-alive

                event:status
                data:{"guildId":"%s","state":"OFFLINE","lastHeartbeatAt":"2026-11-24T09:59:58Z","latencyMs":null,\
                "version":"3.8.2","shard":0,"shardCount":2,"onlineSince":null,"lastError":"gone",\
                "lastErrorAt":"2026-11-24T10:00:00Z","changedAt":"2026-11-24T10:00:00Z","observedAt":"2026-11-24T10:00:00Z"}

                event:revoked
                data:{"guildId":"%s"}

                """.formatted(ACME, ACME)));
        Collector collector = new Collector();

        client.openStatusStream(session(), ACME, collector);

        assertThat(collector.closed.get(5, TimeUnit.SECONDS)).isNull();
        assertThat(collector.statuses).singleElement().satisfies(status -> {
            assertThat(status.guildId()).isEqualTo(ACME);
            assertThat(status.state()).isEqualTo(BotState.OFFLINE);
            assertThat(status.lastError()).isEqualTo("gone");
        });
        assertThat(collector.revoked).containsExactly(ACME);
        RecordedRequest request = server.takeRequest();
        assertThat(request.getPath()).isEqualTo("/api/v1/status/stream?guildId=" + ACME);
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer access-1");
        assertThat(request.getHeader("Accept")).isEqualTo("text/event-stream");
    }

    @Test
    void refusalsAndOutagesArriveAsTypedFailures() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(404).setHeader("Content-Type", "application/problem+json")
                .setBody("{\"status\":404}"));
        server.enqueue(new MockResponse().setResponseCode(503));
        Collector refused = new Collector();
        Collector down = new Collector();

        client.openStatusStream(session(), ACME, refused);
        assertThat(refused.closed.get(5, TimeUnit.SECONDS)).isInstanceOf(TrackingApiException.NotFound.class);
        client.openStatusStream(session(), ACME, down);
        assertThat(down.closed.get(5, TimeUnit.SECONDS)).isInstanceOf(TrackingApiException.Unavailable.class);
    }

    @Test
    void closingTheStreamNeverCallsTheListenerAgain() throws Exception {
        // two statuses and the end of the stream, all in one go: without the close the listener would
        // get the second status and the end
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream")
                .setBody(statusEvent("ONLINE") + statusEvent("OFFLINE")));
        CompletableFuture<Void> responseClosed = new CompletableFuture<>();
        BotStatusClient watched = client(new ApiHttpClientFactory().create(api).newBuilder()
                .addInterceptor(chain -> signalOnClose(chain.proceed(chain.request()), responseClosed)).build());
        CompletableFuture<StatusStream> stream = new CompletableFuture<>();
        Collector collector = new Collector();
        collector.afterStatus = () -> stream.join().close(); // closed while the rest is already on its way

        stream.complete(watched.openStatusStream(session(), ACME, collector));

        // OkHttp closes the response after its last callback to the stream: whatever could reach the listener has
        responseClosed.get(5, TimeUnit.SECONDS);
        assertThat(collector.statuses).extracting(BotStatus::state).containsExactly(BotState.ONLINE);
        assertThat(collector.closed).isNotDone();
    }

    /** The response, with a body that completes {@code closed} once whoever reads it closes it. */
    private static Response signalOnClose(Response response, CompletableFuture<Void> closed) {
        ResponseBody body = response.body();
        BufferedSource source = Okio.buffer(new ForwardingSource(body.source()) {
            @Override
            public void close() throws IOException {
                super.close();
                closed.complete(null);
            }
        });
        return response.newBuilder().body(ResponseBody.create(source, body.contentType(), body.contentLength())).build();
    }

    private static String statusEvent(String state) {
        return """
                event:status
                data:{"guildId":"%s","state":"%s","lastHeartbeatAt":"2026-11-24T09:59:58Z","latencyMs":40,\
                "version":"3.8.2","shard":0,"shardCount":2,"onlineSince":null,"lastError":null,\
                "lastErrorAt":null,"changedAt":"2026-11-24T10:00:00Z","observedAt":"2026-11-24T10:00:00Z"}

                """.formatted(ACME, state);
    }

    @Test
    void moreThanFiveStreamsToOneHostAllOpen() throws Exception {
        List<Collector> collectors = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 8; i++) {
            server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream")
                    .setBody(": keep-alive\n\n").setBodyDelay(30, TimeUnit.SECONDS));
        }
        for (int i = 0; i < 8; i++) {
            Collector collector = new Collector();
            collectors.add(collector);
            client.openStatusStream(session(), ACME, collector);
        }
        try {
            for (int i = 0; i < 8; i++) {
                assertThat(server.takeRequest(2, TimeUnit.SECONDS)).as("stream " + i + " reached the server").isNotNull();
            }
        } finally {
            collectors.forEach(collector -> collector.closed.complete(null));
        }
    }
}
