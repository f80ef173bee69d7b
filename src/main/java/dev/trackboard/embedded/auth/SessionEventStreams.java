package dev.trackboard.embedded.auth;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.preferences.UserPreferencesSaved;
import java.io.IOException;
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
 * reconnects names the last end it saw and first gets every end after it. Broadcasts and catch-ups
 * take turns (one lock), so a node never sees a later end before an earlier one it was owed;
 * an end may arrive twice, which a node takes in its stride.
 *
 * <p>The same streams carry a user's saved preferences ({@code preferences}, decision 0141), live
 * only: without an id, so they never move a node's cursor, and not caught up (a tab that opens
 * later loads the preferences itself).
 */
@Component
@ConditionalOnEmbeddedMode
class SessionEventStreams {

    static final int KEEP_ALIVE_SECONDS = 15;
    /** A node that was away so long that more ends happened gets the latest this many. */
    static final int CATCH_UP_LIMIT = 10_000;

    private final Set<SseEmitter> streams = ConcurrentHashMap.newKeySet();
    private final ApiSessions sessions;
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("session-events-keep-alive").factory());

    SessionEventStreams(ApiSessions sessions) {
        this.sessions = sessions;
        keepAlive.scheduleWithFixedDelay(this::keepAlive, KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
    }

    /** Without {@code since}: no history, but a {@code cursor} event with the latest end's number. */
    synchronized SseEmitter open(Long since) {
        SseEmitter emitter = new SseEmitter(0L);
        emitter.onCompletion(() -> streams.remove(emitter));
        emitter.onTimeout(() -> streams.remove(emitter));
        emitter.onError(error -> streams.remove(emitter));
        try {
            if (since == null) {
                emitter.send(SseEmitter.event().name("cursor").id(Long.toString(sessions.lastEnd())).data("{}"));
            } else {
                for (ApiSessionEnded ended : sessions.endsAfter(since, CATCH_UP_LIMIT)) {
                    emitter.send(event(ended));
                }
            }
            streams.add(emitter);
        } catch (IOException | IllegalStateException gone) {
            emitter.completeWithError(gone);
        }
        return emitter;
    }

    @EventListener
    synchronized void onSessionEnded(ApiSessionEnded ended) {
        for (SseEmitter stream : streams) {
            try {
                stream.send(event(ended));
            } catch (IOException | IllegalStateException gone) {
                streams.remove(stream);
            }
        }
    }

    @EventListener
    synchronized void onPreferencesSaved(UserPreferencesSaved saved) {
        Map<String, Object> preferences = new LinkedHashMap<>(); // time zone and language may be null
        preferences.put("theme", saved.theme());
        preferences.put("timeZone", saved.timeZone());
        preferences.put("language", saved.language());
        preferences.put("updatedAt", saved.updatedAt().toString());
        Map<String, Object> data = Map.of("userId", saved.userId(), "preferences", preferences);
        for (SseEmitter stream : streams) {
            try {
                // a builder per stream: building one twice would repeat its ending
                stream.send(SseEmitter.event().name("preferences").data(data, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException gone) {
                streams.remove(stream);
            }
        }
    }

    /** A stream never ends by itself: without this, a graceful shutdown would wait for it. */
    @EventListener(ContextClosedEvent.class)
    synchronized void endStreamsOnShutdown() {
        keepAlive.shutdownNow();
        streams.forEach(SseEmitter::complete);
        streams.clear();
    }

    private synchronized void keepAlive() {
        for (SseEmitter stream : streams) {
            try {
                stream.send(SseEmitter.event().comment("keep-alive"));
            } catch (IOException | IllegalStateException gone) {
                streams.remove(stream);
            }
        }
    }

    private static SseEmitter.SseEventBuilder event(ApiSessionEnded ended) {
        return SseEmitter.event().name("ended").id(Long.toString(ended.sequence()))
                .data(Map.of("sessionId", ended.sessionId(), "userId", ended.userId(),
                        "reason", ended.reason().wireName()), MediaType.APPLICATION_JSON);
    }
}
