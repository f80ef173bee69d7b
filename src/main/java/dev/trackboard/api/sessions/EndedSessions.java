package dev.trackboard.api.sessions;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The API sessions this node has heard ended, from the session event stream. A signed-in request
 * whose session is here is refused (SessionLifetimeFilter) and the node's open tabs of it are sent
 * to sign-in (sessions.ui.SignedInTabs, a listener). An id is kept as long as a sign-in can live:
 * no browser session older than that exists to be refused.
 */
@Component
public class EndedSessions {

    private final Cache<String, SessionEnd> ended;
    private final List<Consumer<SessionEnd>> listeners = new CopyOnWriteArrayList<>();

    public EndedSessions(@Value("${trackboard.session.absolute-lifetime:12h}") Duration absoluteLifetime) {
        this.ended = Caffeine.newBuilder().expireAfterWrite(absoluteLifetime.plusMinutes(5)).build();
    }

    public void addListener(Consumer<SessionEnd> listener) {
        listeners.add(listener);
    }

    /** Records the end and tells the listeners, once per session however often the stream repeats it. */
    public void ended(SessionEnd end) {
        if (ended.asMap().putIfAbsent(end.sessionId(), end) == null) {
            listeners.forEach(listener -> listener.accept(end));
        }
    }

    /** How the session ended, if this node heard so; null while it is live as far as the node knows. */
    public SessionEnd end(String sessionId) {
        return sessionId == null ? null : ended.getIfPresent(sessionId);
    }
}
