package dev.trackboard.access;

import dev.trackboard.api.ApiSession;
import dev.trackboard.api.GuildId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Whether each user (API session) may still open each guild, for the whole node. Every (user, guild)
 * pair that has a screen open is asked again at the API once per re-check interval, by one scheduler
 * for all pairs (no timer per screen); one check per pair serves all of that user's tabs on the
 * guild. A refusal tells every watcher of the pair once; a check that cannot tell (API down) grants
 * nothing new and is repeated a few seconds later. The budget this is part of is written down in
 * docs/decisions/0040-access-budget.md.
 */
@Component
public class GuildAccessWatch implements DisposableBean {

    /** A screen's hold on a (user, guild) pair; cancel it when the screen goes away. */
    @FunctionalInterface
    public interface Watch {
        void cancel();
    }

    /** Asks whether the session's user may open the guild now; throws when it cannot tell. */
    @FunctionalInterface
    public interface Check {
        boolean mayOpen(ApiSession session, GuildId guildId);
    }

    /** How often the scheduler looks for pairs that are due; adds at most this much to the budget. */
    static final Duration TICK = Duration.ofSeconds(1);
    static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(5);

    private record Key(String sessionId, GuildId guildId) { }

    private static final class Entry {
        final GuildId guildId;
        ApiSession session;
        Instant confirmedAt = Instant.MIN;
        Instant retryAt = Instant.MIN;
        boolean denied;
        boolean checking;
        final List<Runnable[]> waiting = new ArrayList<>();
        final List<Runnable> watchers = new ArrayList<>();

        Entry(GuildId guildId, ApiSession session) {
            this.guildId = guildId;
            this.session = session;
        }
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Check check;
    private final Clock clock;
    private final Duration interval;
    private final ExecutorService checks = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService scheduler;
    private final AtomicLong checksRun = new AtomicLong();

    @Autowired
    GuildAccessWatch(ApiGuildCheck check, AccessProperties properties, Clock clock) {
        this(check, properties.recheckInterval(), clock, true);
    }

    /** With {@code scheduled} false nothing runs by itself: the caller drives {@link #tick()}. */
    public GuildAccessWatch(Check check, Duration interval, Clock clock, boolean scheduled) {
        this.check = check;
        this.interval = interval;
        this.clock = clock;
        this.scheduler = scheduled ? Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("guild-access-watch").factory()) : null;
        if (scheduler != null) {
            scheduler.scheduleWithFixedDelay(this::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Records that the user was allowed just now (a navigation into the guild asked the API). */
    public void confirmed(ApiSession session, GuildId guildId) {
        Entry entry = entry(session, guildId);
        synchronized (entry) {
            entry.confirmedAt = clock.instant();
            entry.denied = false;
        }
    }

    /**
     * Watches the pair until cancelled: {@code onLost} runs once, on a background thread, when the
     * API refuses the user the guild (at once if it already has).
     */
    public Watch watch(ApiSession session, GuildId guildId, Runnable onLost) {
        Entry entry = entry(session, guildId);
        boolean alreadyDenied;
        synchronized (entry) {
            entry.watchers.add(onLost);
            alreadyDenied = entry.denied;
        }
        if (alreadyDenied) {
            onLost.run();
        }
        return () -> {
            synchronized (entry) {
                entry.watchers.remove(onLost);
            }
        };
    }

    /**
     * True when the user's access was confirmed within the interval; otherwise starts (or joins) a
     * re-check and later runs {@code onAllowed} or {@code onDenied}.
     */
    public boolean allowedNow(ApiSession session, GuildId guildId, Runnable onAllowed, Runnable onDenied) {
        Entry entry = entry(session, guildId);
        synchronized (entry) {
            if (entry.denied) {
                onDenied.run();
                return false;
            }
            if (!due(entry, clock.instant())) {
                return true;
            }
            entry.waiting.add(new Runnable[] {onAllowed, onDenied});
            startCheck(entry);
            return false;
        }
    }

    /** One round of the scheduler: re-checks every watched pair that is due, drops forgotten ones. */
    void tick() {
        Instant now = clock.instant();
        Instant forgotten = now.minus(interval.multipliedBy(10));
        entries.values().removeIf(entry -> {
            synchronized (entry) {
                if (entry.watchers.isEmpty()) {
                    return !entry.checking && entry.waiting.isEmpty() && entry.confirmedAt.isBefore(forgotten);
                }
                if (!entry.denied && !entry.checking && due(entry, now) && !now.isBefore(entry.retryAt)) {
                    startCheck(entry);
                }
                return false;
            }
        });
    }

    /** Re-checks run since start (for tests and diagnostics). */
    public long checksRun() {
        return checksRun.get();
    }

    private boolean due(Entry entry, Instant now) {
        return !entry.confirmedAt.plus(interval).isAfter(now) || entry.confirmedAt.equals(Instant.MIN);
    }

    private Entry entry(ApiSession session, GuildId guildId) {
        Entry entry = entries.computeIfAbsent(new Key(session.sessionId(), guildId), key -> new Entry(guildId, session));
        entry.session = session;
        return entry;
    }

    /** Called with the entry's lock held. */
    private void startCheck(Entry entry) {
        if (!entry.checking) {
            entry.checking = true;
            ApiSession session = entry.session;
            checks.execute(() -> runCheck(entry, session));
        }
    }

    private void runCheck(Entry entry, ApiSession session) {
        Boolean allowed;
        try {
            allowed = !session.ended() && check.mayOpen(session, entry.guildId);
        } catch (RuntimeException cannotTell) {
            allowed = null; // fail closed: nothing is delivered meanwhile, ask again shortly
        }
        checksRun.incrementAndGet();
        List<Runnable> toRun = new ArrayList<>();
        synchronized (entry) {
            entry.checking = false;
            Instant now = clock.instant();
            if (allowed == null) {
                entry.retryAt = now.plus(RETRY_AFTER_FAILURE);
                entry.waiting.clear(); // those deliveries are dropped; the next one asks again
                return;
            }
            if (allowed) {
                entry.confirmedAt = now;
            } else if (!entry.denied) {
                entry.denied = true;
                toRun.addAll(entry.watchers);
            }
            int which = allowed ? 0 : 1;
            entry.waiting.forEach(callbacks -> toRun.add(callbacks[which]));
            entry.waiting.clear();
        }
        toRun.forEach(Runnable::run);
    }

    @Override
    public void destroy() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        checks.shutdownNow();
    }
}
