package dev.trackboard.api.sessions;

import dev.trackboard.api.preferences.Preferences;
import dev.trackboard.api.preferences.SavedPreferences;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's one session event stream open (decision 0150): opened when the application is
 * ready (the API's address may be this node's own port, known only then), reopened after a break
 * with a doubling wait, each time from the last end seen, so a break loses nothing. No poll, and
 * one stream per node however many users and tabs it has. The stream also tells of saved
 * preferences ({@link SavedPreferences}, decision 0141); they leave the cursor alone.
 */
@Component
public class SessionEventsSubscription {

    private static final Logger log = LoggerFactory.getLogger(SessionEventsSubscription.class);

    private final SessionEventsClient client;
    private final EndedSessions ended;
    private final SavedPreferences savedPreferences;
    private final SessionEventsProperties settings;
    private final ScheduledExecutorService reconnects = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("session-events-reconnect").factory());
    private final Object lock = new Object();
    private Closeable stream;
    private Long cursor;
    private int failures;
    private boolean connected;
    private boolean stopped;

    public SessionEventsSubscription(SessionEventsClient client, EndedSessions ended,
                                     SavedPreferences savedPreferences, SessionEventsProperties settings) {
        this.client = client;
        this.ended = ended;
        this.savedPreferences = savedPreferences;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (settings.nodeCredential() == null || settings.nodeCredential().isBlank()) {
            log.warn("trackboard.sessions.node-credential is not set: sessions revoked on another node or from the "
                    + "sessions screen end on this node only at their next API call, not within seconds");
            return;
        }
        schedule(Duration.ZERO);
    }

    /** Whether the stream is open now (tests, readiness of the feature). */
    public boolean connected() {
        synchronized (lock) {
            return connected;
        }
    }

    private void connect() {
        synchronized (lock) {
            if (stopped) {
                return;
            }
            try {
                stream = client.open(settings.nodeCredential(), cursor, new Listener());
            } catch (RuntimeException cannotOpen) {
                broken(new SessionEventsClient.Failure(false, cannotOpen.getClass().getSimpleName()));
            }
        }
    }

    private final class Listener implements SessionEventsClient.Listener {
        @Override
        public void onOpen() {
            synchronized (lock) {
                connected = true;
                if (failures > 0) {
                    log.info("Session event stream open again after {} failed attempts", failures);
                }
                failures = 0;
            }
        }

        @Override
        public void onCursor(long sequence) {
            advance(sequence);
        }

        @Override
        public void onEnded(SessionEnd end) {
            ended.ended(end);
            advance(end.sequence());
        }

        @Override
        public void onPreferences(String userId, Preferences saved) {
            savedPreferences.saved(userId, saved);
        }

        @Override
        public void onClosed(SessionEventsClient.Failure failure) {
            broken(failure);
        }
    }

    private void advance(long sequence) {
        synchronized (lock) {
            cursor = cursor == null ? sequence : Math.max(cursor, sequence);
        }
    }

    private void broken(SessionEventsClient.Failure failure) {
        synchronized (lock) {
            connected = false;
            stream = null;
            if (stopped) {
                return;
            }
            failures++;
            if (failures == 1 || failures % 20 == 0) {
                log.warn("Session event stream {}; reconnecting{}", failure == null ? "ended" : failure.description(),
                        failure != null && failure.refused() ? " (the API refused trackboard.sessions.node-credential)"
                                : "");
            }
            schedule(delay(failures));
        }
    }

    private Duration delay(int failures) {
        Duration wait = settings.reconnectMin().multipliedBy(1L << Math.min(failures - 1, 16));
        return wait.compareTo(settings.reconnectMax()) > 0 ? settings.reconnectMax() : wait;
    }

    private void schedule(Duration delay) {
        try {
            reconnects.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // the node is stopping
        }
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        synchronized (lock) {
            stopped = true;
            if (stream != null) {
                try {
                    stream.close();
                } catch (IOException ignored) {
                    // closing a cancelled call cannot fail in a way that matters
                }
            }
        }
        reconnects.shutdownNow();
    }
}
