package dev.trackboard.embedded.status;

import dev.trackboard.embedded.ApiCaller;
import dev.trackboard.embedded.ApiProblem;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.access.DiscordTokenRejectedException;
import dev.trackboard.embedded.access.DiscordUnavailableException;
import dev.trackboard.embedded.access.GuildAccessChecker;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
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
 */
@Component
@ConditionalOnEmbeddedMode
class StatusStreams implements DisposableBean {

    static final int RECHECK_SECONDS = 15;

    private record Stream(ApiCaller caller, Set<String> guildIds, SseEmitter emitter) { }

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
        Stream stream = new Stream(caller, ConcurrentHashMap.newKeySet(), emitter);
        stream.guildIds().addAll(guildIds);
        streams.put(emitter, stream);
        emitter.onCompletion(() -> streams.remove(emitter));
        emitter.onTimeout(() -> streams.remove(emitter));
        emitter.onError(error -> streams.remove(emitter));
        guildIds.forEach(guildId -> board.current(guildId).ifPresent(status -> send(stream, status)));
        return emitter;
    }

    int openStreams() {
        return streams.size();
    }

    /** Ends every open stream, as a restart or a network cut would (fault tests). */
    void endAll() {
        streams.values().forEach(this::end);
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
            streams.remove(stream.emitter());
        }
    }

    private void recheckAll() {
        for (Stream stream : streams.values()) {
            try {
                recheck(stream);
            } catch (IOException | RuntimeException e) {
                end(stream);
            }
        }
    }

    private void recheck(Stream stream) throws IOException {
        boolean live = jdbc.sql("SELECT COUNT(*) FROM api_session WHERE id = ? AND revoked_at IS NULL")
                .param(stream.caller().sessionId()).query(Integer.class).single() > 0;
        if (!live) {
            end(stream);
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
                end(stream);
                return;
            }
        }
        if (stream.guildIds().isEmpty()) {
            end(stream);
        } else {
            stream.emitter().send(SseEmitter.event().comment("keep-alive"));
        }
    }

    private void end(Stream stream) {
        streams.remove(stream.emitter());
        try {
            stream.emitter().complete();
        } catch (RuntimeException alreadyGone) {
            // the client left first
        }
    }

    @Override
    public void destroy() {
        recheck.shutdownNow();
        streams.values().forEach(this::end);
    }
}
