package dev.trackboard.status;

import dev.trackboard.access.GuildAccessWatch;
import dev.trackboard.api.ApiSession;
import dev.trackboard.api.GuildId;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Live bot status for every open screen of this node, at the cost of one upstream stream per
 * watched guild: the first subscriber to guild G opens G's stream, the last one to leave closes it,
 * and every status change is handed to each subscriber of G (which hops onto its UI with
 * {@code ui.access}). No thread or timer per subscriber: one scheduler for reconnects; access is
 * re-checked per user and guild by the node's {@link GuildAccessWatch}, which also tells a subscriber
 * whose user lost the guild. See docs/decisions/0020-live-bot-status.md for whose token opens the
 * shared stream and 0040-access-budget.md for how fast a lost guild goes quiet.
 */
@Component
public class BotStatusBroadcaster implements DisposableBean {

    /** A subscriber's hold on its guild's updates; cancel it when its screen goes away. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }

    /**
     * How long a guild's stream stays open after its last subscriber left: re-rendering a list or
     * moving between a guild's screens detaches and re-attaches badges within one request, and that
     * should not close and reopen the upstream.
     */
    static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

    private final Map<GuildId, GuildFeed> feeds = new HashMap<>();
    private final FeedContext context;
    private final Duration closeGrace;

    @Autowired
    BotStatusBroadcaster(StatusSource source, GuildAccessWatch access) {
        this(source, access, Duration.ofMillis(500), Duration.ofSeconds(30), CLOSE_GRACE);
    }

    BotStatusBroadcaster(StatusSource source, GuildAccessWatch access, Duration firstRetry, Duration maxRetry,
                         Duration closeGrace) {
        this.closeGrace = closeGrace;
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("bot-status-reconnect").factory());
        this.context = new FeedContext(source, scheduler, access, new Backoff(firstRetry, maxRetry), new AtomicLong());
    }

    /**
     * Subscribes to the guild's status on behalf of the session's user, who has just been allowed to
     * open it (the caller checked). The latest known status is delivered at once when there is one.
     */
    public Subscription subscribe(GuildId guildId, ApiSession session, Consumer<StatusUpdate> consumer) {
        context.access().confirmed(session, guildId);
        Subscriber subscriber = new Subscriber(guildId, session, consumer, context.access());
        GuildFeed feed;
        StatusUpdate latest;
        synchronized (this) {
            feed = feeds.computeIfAbsent(guildId, id -> new GuildFeed(id, context));
            latest = feed.add(subscriber);
        }
        if (latest != null) {
            subscriber.deliver(latest); // outside every lock: the subscriber may hop onto its UI
        }
        // the periodic re-check tells the subscriber as soon as its user loses the guild
        GuildAccessWatch.Watch watch = context.access().watch(session, guildId, subscriber::deny);
        return () -> {
            watch.cancel();
            synchronized (this) {
                feed.remove(subscriber);
                if (feed.size() == 0) {
                    retireAfterGrace(feed);
                }
            }
        };
    }

    /** Keeps an idle feed a moment, so moving between a guild's screens does not reopen the stream. */
    private void retireAfterGrace(GuildFeed feed) {
        if (closeGrace.isZero()) {
            retireIfIdle(feed);
            return;
        }
        try {
            context.scheduler().schedule(() -> retireIfIdle(feed), closeGrace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            retireIfIdle(feed); // sessions are being destroyed after the scheduler stopped: close now
        }
    }

    private synchronized void retireIfIdle(GuildFeed feed) {
        if (feed.size() == 0 && feeds.remove(feed.guildId(), feed)) {
            feed.shutdown();
        }
    }

    /** Upstream streams opened since start (reconnects included). */
    public long upstreamOpens() {
        return context.opens().get();
    }

    /** Guilds with an open or reconnecting upstream right now. */
    public synchronized int watchedGuilds() {
        return feeds.size();
    }

    /** Subscribers (open overview or header badges) over all guilds. */
    public synchronized int subscribers() {
        return feeds.values().stream().mapToInt(GuildFeed::size).sum();
    }

    public synchronized int subscribers(GuildId guildId) {
        GuildFeed feed = feeds.get(guildId);
        return feed == null ? 0 : feed.size();
    }

    @Override
    public void destroy() {
        synchronized (this) {
            feeds.values().forEach(GuildFeed::shutdown);
            feeds.clear();
        }
        context.scheduler().shutdownNow();
    }

    /** What every feed shares. */
    record FeedContext(StatusSource source, ScheduledExecutorService scheduler, GuildAccessWatch access,
                       Backoff backoff, AtomicLong opens) {
    }

    /** Exponential back-off with jitter: first, 2×, 4× … up to max. */
    record Backoff(Duration first, Duration max) {
        Duration after(int failures) {
            long base = first.toMillis() << Math.min(failures, 16);
            long capped = Math.min(base, max.toMillis());
            return Duration.ofMillis(capped / 2 + (long) (Math.random() * capped / 2));
        }
    }
}
