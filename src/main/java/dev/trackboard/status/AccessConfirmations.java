package dev.trackboard.status;

import dev.trackboard.api.ApiSession;
import dev.trackboard.api.GuildId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * When each user (API session) was last confirmed to be allowed to open each guild. A confirmation
 * older than the maximum age triggers one re-check at the API, shared by all of that user's screens
 * on the guild; until it answers, their updates wait. A failed check (API down) grants nothing.
 */
final class AccessConfirmations {

    private static final int SWEEP_ABOVE = 10_000;

    private record Key(String sessionId, GuildId guildId) { }

    private static final class Entry {
        Instant confirmedAt = Instant.MIN;
        boolean denied;
        boolean checking;
        final List<Runnable[]> waiting = new ArrayList<>();
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final StatusSource source;
    private final ExecutorService checks;
    private final Duration maxAge;

    AccessConfirmations(StatusSource source, ExecutorService checks, Duration maxAge) {
        this.source = source;
        this.checks = checks;
        this.maxAge = maxAge;
    }

    /** Records that the user was allowed just now (a navigation into the guild checked it). */
    void confirmed(ApiSession session, GuildId guildId) {
        if (entries.size() > SWEEP_ABOVE) {
            Instant old = Instant.now().minus(maxAge.multipliedBy(10));
            entries.values().removeIf(entry -> !entry.checking && entry.confirmedAt.isBefore(old));
        }
        Entry entry = entries.computeIfAbsent(new Key(session.sessionId(), guildId), key -> new Entry());
        synchronized (entry) {
            entry.confirmedAt = Instant.now();
            entry.denied = false;
        }
    }

    /**
     * True when the user's access is fresh enough to deliver now; otherwise starts (or joins) a
     * re-check and later runs {@code onAllowed} or {@code onDenied}.
     */
    boolean allowedNow(ApiSession session, GuildId guildId, Runnable onAllowed, Runnable onDenied) {
        Entry entry = entries.computeIfAbsent(new Key(session.sessionId(), guildId), key -> new Entry());
        synchronized (entry) {
            if (entry.denied) {
                onDenied.run();
                return false;
            }
            if (entry.confirmedAt.plus(maxAge).isAfter(Instant.now())) {
                return true;
            }
            entry.waiting.add(new Runnable[] {onAllowed, onDenied});
            if (!entry.checking) {
                entry.checking = true;
                checks.execute(() -> check(session, guildId, entry));
            }
            return false;
        }
    }

    private void check(ApiSession session, GuildId guildId, Entry entry) {
        Boolean allowed;
        try {
            allowed = source.mayOpen(session, guildId);
        } catch (RuntimeException cannotTell) {
            allowed = null; // fail closed: deliver nothing now, ask again with the next update
        }
        List<Runnable[]> waiting;
        synchronized (entry) {
            entry.checking = false;
            if (Boolean.TRUE.equals(allowed)) {
                entry.confirmedAt = Instant.now();
            } else if (Boolean.FALSE.equals(allowed)) {
                entry.denied = true;
            }
            waiting = List.copyOf(entry.waiting);
            entry.waiting.clear();
        }
        if (allowed != null) {
            int which = allowed ? 0 : 1;
            waiting.forEach(callbacks -> callbacks[which].run());
        }
    }

    void shutdown() {
        checks.shutdownNow();
    }
}
