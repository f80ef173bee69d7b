package dev.trackboard.embedded.status;

import dev.trackboard.embedded.ApiCaller;
import dev.trackboard.embedded.ApiProblem;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.access.DiscordTokenRejectedException;
import dev.trackboard.embedded.access.DiscordUnavailableException;
import dev.trackboard.embedded.access.GuildAccessChecker;
import dev.trackboard.embedded.auth.ApiSessionEnded;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open status streams. Every status change of the board goes to the streams whose guild set
 * holds that guild. Every {@value #RECHECK_SECONDS} s one task (for all streams) re-authorises each
 * stream: a revoked session ends it, a guild the caller may no longer open is dropped with a
 * {@code revoked} event (the stream ends when none is left), and a Discord outage ends it (fail
 * closed). The same task sends a keep-alive comment, so a quiet stream is told from a dead one.
 *
 * <p>A stream lives no longer than the access token it was opened with, and ends at once when this
 * node ends its session (logout). However it ends, the last thing on the wire is an
 * {@code end} event naming the {@link EndReason}, then the response completes normally.
 */
@Component
@ConditionalOnEmbeddedMode
class StatusStreams {

    static final int RECHECK_SECONDS = 15;

    /** Why the server ended a stream: the {@code reason} of the final {@code end} event. */
    enum EndReason {
        /** the session was signed out on this node */
        LOGOUT,
        /** the session was revoked (elsewhere, or Discord no longer accepts it) */
        REVOKED,
        /** the access token the stream was opened with expired; open a new one with a fresh token */
        EXPIRED,
        /** none of the stream's guilds may be opened any more */
        NO_ACCESS,
        /** Discord could not be asked during the re-check (fail closed) */
        UNAVAILABLE,
        /** the server is shutting down */
        SHUTDOWN;

        String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private record Stream(ApiCaller caller, Set<String> guildIds, SseEmitter emitter,
                          AtomicReference<ScheduledFuture<?>> expiry) { }

    private final Map<SseEmitter, Stream> streams = new ConcurrentHashMap<>();
    private final BotStatusBoard board;
    private final GuildAccessChecker checker;
    private final JdbcClient jdbc;
    private final ScheduledExecutorService recheck = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("status-stream-recheck").factory());

    StatusStreams(BotStatusBoard board, GuildAccessChecker checker, JdbcClient embeddedJdbcClient) {
        this.board = board;
        this.checker = checker;
        this.jdbc = embeddedJdbcClient;
        board.addListener(this::publish);
        recheck.scheduleWithFixedDelay(this::recheckAll, RECHECK_SECONDS, RECHECK_SECONDS, TimeUnit.SECONDS);
    }

    SseEmitter open(ApiCaller caller, Set<String> guildIds) {
        SseEmitter emitter = new SseEmitter(0L);
        Stream stream = new Stream(caller, ConcurrentHashMap.newKeySet(), emitter, new AtomicReference<>());
        stream.guildIds().addAll(guildIds);
        streams.put(emitter, stream);
        emitter.onCompletion(() -> forget(stream));
        emitter.onTimeout(() -> forget(stream));
        emitter.onError(error -> forget(stream));
        long untilExpiry = Math.max(0, Duration.between(Instant.now(), caller.tokenExpiresAt()).toMillis());
        stream.expiry().set(recheck.schedule(() -> end(stream, EndReason.EXPIRED), untilExpiry, TimeUnit.MILLISECONDS));
        guildIds.forEach(guildId -> board.current(guildId).ifPresent(status -> send(stream, status)));
        return emitter;
    }

    /** Ends every open stream, as a restart would (fault tests). */
    void endAll() {
        streams.values().forEach(stream -> end(stream, EndReason.SHUTDOWN));
    }

    /** Logout on this node: the session's streams end now, not at the next re-check. */
    @EventListener
    void onSessionEnded(ApiSessionEnded ended) {
        EndReason reason = ended.reason() == ApiSessionEnded.Reason.LOGOUT ? EndReason.LOGOUT : EndReason.REVOKED;
        streams.values().stream().filter(stream -> stream.caller().sessionId().equals(ended.sessionId()))
                .forEach(stream -> end(stream, reason));
    }

    /**
     * Streams never end by themselves: without this, Tomcat's graceful shutdown would wait its full
     * 30 s for them. The closed event comes before the web server stops taking requests.
     */
    @EventListener(ContextClosedEvent.class)
    void endStreamsOnShutdown() {
        recheck.shutdownNow();
        endAll();
    }

    private void publish(LiveStatus status) {
        for (Stream stream : streams.values()) {
            if (stream.guildIds().contains(status.guildId())) {
                send(stream, status);
            }
        }
    }

    private void send(Stream stream, LiveStatus status) {
        try {
            stream.emitter().send(SseEmitter.event().name("status").data(status, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException gone) {
            forget(stream);
        }
    }

    private void recheckAll() {
        for (Stream stream : streams.values()) {
            try {
                recheck(stream);
            } catch (IOException | RuntimeException e) {
                end(stream, EndReason.UNAVAILABLE);
            }
        }
    }

    private void recheck(Stream stream) throws IOException {
        boolean live = jdbc.sql("SELECT COUNT(*) FROM api_session WHERE id = ? AND revoked_at IS NULL")
                .param(stream.caller().sessionId()).query(Integer.class).single() > 0;
        if (!live) {
            end(stream, EndReason.REVOKED);
            return;
        }
        for (String guildId : Set.copyOf(stream.guildIds())) {
            try {
                checker.authorize(stream.caller(), guildId, false);
            } catch (ApiProblem refused) {
                stream.guildIds().remove(guildId);
                stream.emitter().send(SseEmitter.event().name("revoked").data(Map.of("guildId", guildId),
                        MediaType.APPLICATION_JSON));
            } catch (DiscordUnavailableException | DiscordTokenRejectedException cannotTell) {
                end(stream, EndReason.UNAVAILABLE);
                return;
            }
        }
        if (stream.guildIds().isEmpty()) {
            end(stream, EndReason.NO_ACCESS);
        } else {
            stream.emitter().send(SseEmitter.event().comment("keep-alive"));
        }
    }

    /** Says why, then completes the response normally (a terminated chunked body, no error dispatch). */
    private void end(Stream stream, EndReason reason) {
        if (streams.remove(stream.emitter()) == null) {
            return; // ended already (two reasons raced) or the client left
        }
        cancelExpiry(stream);
        try {
            stream.emitter().send(SseEmitter.event().name("end").data(Map.of("reason", reason.wireName()),
                    MediaType.APPLICATION_JSON));
            stream.emitter().complete();
        } catch (IOException | RuntimeException alreadyGone) {
            // the client left first; the container cleans the request up
        }
    }

    private void forget(Stream stream) {
        streams.remove(stream.emitter());
        cancelExpiry(stream);
    }

    private static void cancelExpiry(Stream stream) {
        ScheduledFuture<?> expiry = stream.expiry().get();
        if (expiry != null) {
            expiry.cancel(false);
        }
    }
}
