package dev.trackboard.api.sessions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trackboard.api.ApiCalls;
import dev.trackboard.api.preferences.Preferences;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import org.springframework.stereotype.Component;

/**
 * The node's one session event stream ({@code GET /sessions/events}), authenticated with the node
 * credential. Events arrive on OkHttp's reader thread; reconnecting is the caller's business.
 */
@Component
public class SessionEventsClient {

    /** The API sends a keep-alive every 15 s: three missed ones mean the stream is dead. */
    static final Duration SILENCE_LIMIT = Duration.ofSeconds(45);
    static final String CREDENTIAL_HEADER = "Trackboard-Node-Credential";

    /** What the stream tells. */
    public interface Listener {
        /** The API accepted the stream. */
        void onOpen();

        /** The latest end's number when the stream opened without a cursor. */
        void onCursor(long sequence);

        void onEnded(SessionEnd end);

        /** A user saved preferences (on any node); live only, no cursor. */
        void onPreferences(String userId, Preferences saved);

        /** The stream is over: {@code failure} null when the server completed it, else why it broke. */
        void onClosed(Failure failure);
    }

    /** Why the stream broke: {@code refused} when the API did not accept the node credential. */
    public record Failure(boolean refused, String description) { }

    private final ApiCalls calls;
    private final EventSource.Factory streams;

    public SessionEventsClient(ApiCalls calls) {
        this.calls = calls;
        // its own dispatcher: the stream never takes one of the shared client's async places
        OkHttpClient streaming = calls.httpClient().newBuilder().dispatcher(new okhttp3.Dispatcher())
                .readTimeout(SILENCE_LIMIT).callTimeout(Duration.ZERO).build();
        this.streams = EventSources.createFactory(streaming);
    }

    /** Opens the stream; {@code since} null for "from now on". Close the answer to stop it. */
    public Closeable open(String nodeCredential, Long since, Listener listener) {
        Map<String, Object> query = new HashMap<>();
        query.put("since", since);
        Request request = new Request.Builder()
                .url(calls.url("sessions/events", query))
                .header(CREDENTIAL_HEADER, nodeCredential)
                .header("Accept", "text/event-stream")
                .build();
        AtomicBoolean closed = new AtomicBoolean();
        EventSource source = streams.newEventSource(request, new Reader(listener, closed));
        return () -> {
            if (closed.compareAndSet(false, true)) {
                source.cancel();
            }
        };
    }

    private final class Reader extends EventSourceListener {
        private final Listener listener;
        private final AtomicBoolean closed;

        Reader(Listener listener, AtomicBoolean closed) {
            this.listener = listener;
            this.closed = closed;
        }

        @Override
        public void onOpen(EventSource eventSource, Response response) {
            if (!closed.get()) {
                listener.onOpen();
            }
        }

        @Override
        public void onEvent(EventSource eventSource, String id, String type, String data) {
            if (closed.get()) {
                return;
            }
            try {
                if ("cursor".equals(type) && id != null) {
                    listener.onCursor(Long.parseLong(id));
                } else if ("ended".equals(type) && id != null) {
                    JsonNode end = calls.readJson(data, JsonNode.class);
                    listener.onEnded(new SessionEnd(end.path("sessionId").asText(), end.path("userId").asText(),
                            end.path("reason").asText(), Long.parseLong(id)));
                } else if ("preferences".equals(type)) {
                    JsonNode saved = calls.readJson(data, JsonNode.class);
                    String userId = saved.path("userId").asText(null);
                    Preferences preferences = calls.readJson(saved.path("preferences").toString(), Preferences.class);
                    if (userId != null && preferences.updatedAt() != null) {
                        listener.onPreferences(userId, preferences);
                    }
                }
            } catch (IOException | NumberFormatException malformed) {
                // skipped: an end we cannot read names no session we could find anyway; preferences
                // we cannot read reach the user's tabs at their next page load
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
                boolean refused = response != null && (response.code() == 401 || response.code() == 403);
                String description = response != null ? "answered " + response.code()
                        : t == null ? "ended" : t.getClass().getSimpleName();
                listener.onClosed(new Failure(refused, description));
            }
        }
    }
}
