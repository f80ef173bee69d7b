package dev.trackboard.api.status;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trackboard.api.ApiCalls;
import dev.trackboard.api.ApiSession;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.TrackingApiException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import org.springframework.stereotype.Component;

/** The bot's status, history, usage and health, and the server-sent status stream. */
@Component
public class BotStatusClient {

    /** The API sends a keep-alive every 15 s: three missed ones mean the stream is dead. */
    static final Duration STREAM_SILENCE_LIMIT = Duration.ofSeconds(45);
    /** One stream per watched guild on this node. */
    static final int MAX_STREAMS = 10_000;

    private final ApiCalls calls;
    private final EventSource.Factory streams;

    public BotStatusClient(ApiCalls calls) {
        this.calls = calls;
        // Streams are long-lived async calls: on the shared dispatcher (5 per host by default) the
        // sixth watched guild would wait forever, so they get their own, limited only by guilds.
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(MAX_STREAMS);
        dispatcher.setMaxRequestsPerHost(MAX_STREAMS);
        OkHttpClient streaming = calls.httpClient().newBuilder().dispatcher(dispatcher)
                .readTimeout(STREAM_SILENCE_LIMIT).callTimeout(Duration.ZERO).build();
        this.streams = EventSources.createFactory(streaming);
    }

    public List<StatusSegment> history(ApiSession session, GuildId guildId, int hours) {
        return calls.items(session, "guilds/" + guildId + "/status/history", Map.of("hours", hours), StatusSegment.class);
    }

    public GuildUsage usage(ApiSession session, GuildId guildId, int days) {
        return calls.get(session, "guilds/" + guildId + "/usage", Map.of("days", days), GuildUsage.class);
    }

    public List<HealthWarning> health(ApiSession session, GuildId guildId) {
        return calls.items(session, "guilds/" + guildId + "/health", Map.of(), HealthWarning.class);
    }

    /**
     * Opens {@code GET /status/stream?guildId=…} with the session's token. Returns at once and never
     * blocks the caller (who may hold a UI lock): renewing a token that is about to expire is a
     * network call, so the request is prepared and sent on a virtual thread. Events and the end
     * arrive at the listener on OkHttp's reader thread.
     */
    public StatusStream openStatusStream(ApiSession session, GuildId guildId, StatusStreamListener listener) {
        if (session.ended()) {
            throw new TrackingApiException.SessionEnded("The API session has ended");
        }
        AtomicBoolean closed = new AtomicBoolean();
        AtomicReference<EventSource> source = new AtomicReference<>();
        Thread.ofVirtual().name("status-stream-open").start(() -> {
            try {
                Request request = new Request.Builder()
                        .url(calls.url("status/stream", Map.of("guildId", guildId.value())))
                        .header("Authorization", "Bearer " + calls.currentAccessToken(session))
                        .header("Accept", "text/event-stream")
                        .build();
                source.set(streams.newEventSource(request, new Reader(listener, closed)));
                if (closed.get()) {
                    source.get().cancel(); // closed while we were opening
                }
            } catch (TrackingApiException failure) {
                if (closed.compareAndSet(false, true)) {
                    listener.onClosed(failure);
                }
            }
        });
        return () -> {
            if (closed.compareAndSet(false, true) && source.get() != null) {
                source.get().cancel();
            }
        };
    }

    /** Turns the SSE callbacks into the listener's; silent once the stream was closed by us. */
    private final class Reader extends EventSourceListener {
        private final StatusStreamListener listener;
        private final AtomicBoolean closed;

        Reader(StatusStreamListener listener, AtomicBoolean closed) {
            this.listener = listener;
            this.closed = closed;
        }

        @Override
        public void onEvent(EventSource eventSource, String id, String type, String data) {
            if (closed.get()) {
                return;
            }
            try {
                if ("revoked".equals(type)) {
                    JsonNode revoked = calls.readJson(data, JsonNode.class);
                    GuildId.parse(revoked.path("guildId").asText()).ifPresent(listener::onRevoked);
                } else if (type == null || "status".equals(type)) {
                    listener.onStatus(calls.readJson(data, BotStatus.class));
                }
            } catch (java.io.IOException malformed) {
                // one unreadable event is skipped; the next status replaces it anyway
            }
        }

        @Override
        public void onClosed(EventSource eventSource) {
            if (closed.compareAndSet(false, true)) {
                listener.onClosed(null);
            }
        }

        @Override
        public void onFailure(EventSource eventSource, Throwable t, Response response) {
            if (closed.compareAndSet(false, true)) {
                listener.onClosed(failure(response, t));
            }
        }
    }

    private static TrackingApiException failure(Response response, Throwable cause) {
        if (response == null) {
            return new TrackingApiException.Unavailable("status stream: "
                    + (cause == null ? "ended" : cause.getClass().getSimpleName()), cause);
        }
        return switch (response.code()) {
            case 401 -> new TrackingApiException.SessionEnded("status stream: the API refused the token");
            case 403, 404 -> new TrackingApiException.NotFound("status stream answered " + response.code());
            default -> new TrackingApiException.Unavailable("status stream answered " + response.code(), cause);
        };
    }
}
