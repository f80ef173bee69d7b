package dev.trackboard.status;

import dev.trackboard.api.ApiSession;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.api.status.BotState;
import dev.trackboard.api.status.BotStatus;
import dev.trackboard.api.status.StatusStream;
import dev.trackboard.api.status.StatusStreamListener;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** A status source under the test's control: counts streams, emits events, fails on demand. */
final class FakeStatusSource implements StatusSource {

    record Open(GuildId guildId, ApiSession session, StatusStreamListener listener, AtomicBoolean closed) { }

    final List<Open> opened = new CopyOnWriteArrayList<>();
    final AtomicInteger accessChecks = new AtomicInteger();
    final Set<String> deniedSessions = ConcurrentHashMap.newKeySet();
    final Map<GuildId, Boolean> down = new ConcurrentHashMap<>();

    @Override
    public StatusStream open(GuildId guildId, ApiSession session, StatusStreamListener listener) {
        if (down.getOrDefault(guildId, false)) {
            throw new TrackingApiException.Unavailable("API down", null);
        }
        if (deniedSessions.contains(session.sessionId())) {
            throw new TrackingApiException.NotFound("no access");
        }
        Open open = new Open(guildId, session, listener, new AtomicBoolean());
        opened.add(open);
        return () -> open.closed().set(true);
    }

    /** The access check the tests give the broadcaster's GuildAccessWatch. */
    boolean mayOpen(ApiSession session, GuildId guildId) {
        accessChecks.incrementAndGet();
        return !deniedSessions.contains(session.sessionId());
    }

    long openNow(GuildId guildId) {
        return opened.stream().filter(open -> open.guildId().equals(guildId) && !open.closed().get()).count();
    }

    Open current(GuildId guildId) {
        return opened.reversed().stream().filter(open -> open.guildId().equals(guildId) && !open.closed().get())
                .findFirst().orElseThrow(() -> new AssertionError("no open stream for " + guildId));
    }

    void emit(GuildId guildId, BotState state) {
        current(guildId).listener().onStatus(status(guildId, state));
    }

    static BotStatus status(GuildId guildId, BotState state) {
        Instant now = Instant.now();
        return new BotStatus(guildId, state, now, state == BotState.OFFLINE ? null : 50, "3.8.2", 0, 2,
                state == BotState.OFFLINE ? null : now, null, null, now, now);
    }
}
