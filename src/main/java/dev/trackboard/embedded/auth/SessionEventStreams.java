package dev.trackboard.embedded.auth;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.preferences.UserPreferencesSaved;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The dashboard nodes' session event streams: every end of an API session goes to every node at
 * once, so the node holding it ends the browser's session (docs/decisions/0150). A node that
 * reconnects names the last end it saw and first gets every end after it, however many. Each node
 * has a sender of its own ({@link NodeStream}): telling a node only queues, so nobody waits for a
 * slow node, and each node gets every end once and in order.
 *
 * <p>The same streams carry a user's saved preferences ({@code preferences}, decision 0141), live
 * only: without an id, so they never move a node's cursor, and not caught up (a tab that opens
 * later loads the preferences itself).
 */
@Component
@ConditionalOnEmbeddedMode
class SessionEventStreams {

    static final int KEEP_ALIVE_SECONDS = 15;
    /** How many ends a catch-up reads at a time; it reads on until none is left. */
    static final int CATCH_UP_PAGE = 1_000;
    /** Events waiting for a node beyond this many cut it off; it catches up when it reconnects. */
    static final int BACKLOG_LIMIT = 1_000;

    private final Set<NodeStream> streams = ConcurrentHashMap.newKeySet();
    private final ApiSessions sessions;
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("session-events-keep-alive").factory());
    /** Not final for SessionsApiTest, which pages with a few ends instead of thousands. */
    volatile int catchUpPage = CATCH_UP_PAGE;

    SessionEventStreams(ApiSessions sessions) {
        this.sessions = sessions;
        sessions.tellEndsInOrder(this::onSessionEnded);
        keepAlive.scheduleWithFixedDelay(this::keepAlive, KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
    }

    /** Without {@code since}: no history, but a {@code cursor} event with the latest end's number. */
    SseEmitter open(Long since) {
        SseEmitter emitter = new SseEmitter(0L);
        // joined while no end is numbered: each end is either in the table for the catch-up or told
        NodeStream stream = sessions.betweenEnds(() -> {
            long from = since != null ? since : sessions.lastEnd();
            SseEmitter.SseEventBuilder cursor = since != null ? null
                    : SseEmitter.event().name("cursor").id(Long.toString(from)).data("{}");
            NodeStream joined = new NodeStream(emitter, BACKLOG_LIMIT, sessions::endsAfter, catchUpPage, from, cursor);
            streams.add(joined);
            return joined;
        });
        emitter.onCompletion(() -> leave(stream));
        emitter.onTimeout(() -> leave(stream));
        emitter.onError(error -> leave(stream));
        stream.start();
        return emitter;
    }

    /** Called in the order of the ends' numbers, while the next end waits: queues only. */
    private void onSessionEnded(ApiSessionEnded ended) {
        streams.forEach(stream -> stream.tell(ended));
    }

    @EventListener
    void onPreferencesSaved(UserPreferencesSaved saved) {
        Map<String, Object> preferences = new LinkedHashMap<>(); // time zone and language may be null
        preferences.put("theme", saved.theme());
        preferences.put("timeZone", saved.timeZone());
        preferences.put("language", saved.language());
        preferences.put("updatedAt", saved.updatedAt().toString());
        Map<String, Object> data = Map.of("userId", saved.userId(), "preferences", preferences);
        streams.forEach(stream -> stream.tell(SseEmitter.event().name("preferences").data(data, MediaType.APPLICATION_JSON)));
    }

    /** A stream never ends by itself: without this, a graceful shutdown would wait for it. */
    @EventListener(ContextClosedEvent.class)
    void endStreamsOnShutdown() {
        keepAlive.shutdownNow();
        streams.forEach(NodeStream::close);
        streams.clear();
    }

    private void keepAlive() {
        streams.forEach(stream -> stream.tell(SseEmitter.event().comment("keep-alive")));
    }

    private void leave(NodeStream stream) {
        if (streams.remove(stream)) {
            stream.close();
        }
    }
}
