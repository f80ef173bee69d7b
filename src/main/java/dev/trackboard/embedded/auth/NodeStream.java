package dev.trackboard.embedded.auth;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One node's session event stream with a sender of its own, so a slow node delays only itself, never
 * the request that ended a session or the other nodes (docs/decisions/0150). What it is told waits in
 * a bounded backlog; a node that lets it fill is cut off and, reconnecting with its cursor, catches up
 * from the table instead.
 *
 * <p>The sender first sends the catch-up, page by page until no end is left, then the backlog in
 * order, skipping the ends the catch-up already sent: ends are told in the order of their numbers
 * (ApiSessions), so the node gets every end once and in order.
 */
final class NodeStream {

    /** Reads the ends after a number, oldest first, at most {@code limit} of them. */
    @FunctionalInterface
    interface Ends {
        List<ApiSessionEnded> after(long since, int limit);
    }

    private sealed interface Item { }

    private record End(ApiSessionEnded ended) implements Item { }

    private record Other(SseEmitter.SseEventBuilder event) implements Item { }

    private final SseEmitter emitter;
    private final BlockingQueue<Item> backlog;
    private final Thread sender;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param catchUpFrom the last end the node saw; the sender first sends every end after it
     * @param first       sent before anything else (the cursor event of a node without history), or null
     */
    NodeStream(SseEmitter emitter, int backlogLimit, Ends ends, int catchUpPage, long catchUpFrom,
               SseEmitter.SseEventBuilder first) {
        this.emitter = emitter;
        this.backlog = new ArrayBlockingQueue<>(backlogLimit);
        this.sender = Thread.ofVirtual().name("session-events-node").unstarted(
                () -> send(ends, catchUpPage, catchUpFrom, first));
    }

    SseEmitter emitter() {
        return emitter;
    }

    void start() {
        sender.start();
    }

    void tell(ApiSessionEnded ended) {
        offer(new End(ended));
    }

    /** A builder for this stream only: building one twice would repeat its ending. */
    void tell(SseEmitter.SseEventBuilder event) {
        offer(new Other(event));
    }

    /** Ends the stream (the node left, fell behind, or the API shuts down); the sender stops. */
    void close() {
        if (closed.compareAndSet(false, true)) {
            sender.interrupt();
            try {
                emitter.complete();
            } catch (RuntimeException alreadyOver) {
                // the node left first; the container cleans the request up
            }
        }
    }

    private void offer(Item item) {
        if (!backlog.offer(item)) {
            close(); // fell behind: its reconnect catches up from the table, losing nothing
        }
    }

    private void send(Ends ends, int catchUpPage, long catchUpFrom, SseEmitter.SseEventBuilder first) {
        try {
            if (first != null) {
                emitter.send(first);
            }
            long sent = catchUpFrom;
            for (List<ApiSessionEnded> page; !(page = ends.after(sent, catchUpPage)).isEmpty(); ) {
                for (ApiSessionEnded ended : page) {
                    sent = send(ended);
                }
            }
            while (!Thread.currentThread().isInterrupted()) {
                Item item = backlog.take();
                if (item instanceof Other(SseEmitter.SseEventBuilder event)) {
                    emitter.send(event);
                } else if (item instanceof End(ApiSessionEnded ended) && ended.sequence() > sent) {
                    sent = send(ended); // else the catch-up had it
                }
            }
        } catch (InterruptedException closed) {
            // closed: nothing more to send
        } catch (IOException | RuntimeException gone) {
            close(); // the node left, or the table failed: the node's reconnect starts over from its cursor
        }
    }

    private long send(ApiSessionEnded ended) throws IOException {
        emitter.send(event(ended));
        return ended.sequence();
    }

    static SseEmitter.SseEventBuilder event(ApiSessionEnded ended) {
        return SseEmitter.event().name("ended").id(Long.toString(ended.sequence()))
                .data(Map.of("sessionId", ended.sessionId(), "userId", ended.userId(),
                        "reason", ended.reason().wireName()), MediaType.APPLICATION_JSON);
    }
}
