package dev.trackboard.sessions.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import dev.trackboard.api.sessions.EndedSessions;
import dev.trackboard.api.sessions.SessionEnd;
import dev.trackboard.security.CurrentUser;
import dev.trackboard.security.DiscordUser;
import dev.trackboard.security.EndedSessionSignOut;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The node's open tabs by API session, so an end the session event stream reports reaches them at
 * once (decision 0150): every tab of that browser session is pushed to sign-in with a short
 * explanation, then the browser session is signed out (its cookie refused from then on, its push
 * channel and heartbeats end with it). No poll: one map, filled as tabs open.
 */
@Component
class SignedInTabs implements VaadinServiceInitListener {

    /** The push of the new location goes out when the session lock is released; then the session ends. */
    static final long SIGN_OUT_AFTER_MILLIS = 1000;

    private final CurrentUser currentUser;
    private final EndedSessionSignOut signOut;
    private final Map<String, Set<VaadinSession>> byApiSession = new ConcurrentHashMap<>();
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("ended-session-sign-out").factory());

    SignedInTabs(CurrentUser currentUser, EndedSessionSignOut signOut, EndedSessions endedSessions) {
        this.currentUser = currentUser;
        this.signOut = signOut;
        endedSessions.addListener(this::end);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> currentUser.find().map(DiscordUser::apiSession).ifPresent(api ->
                byApiSession.computeIfAbsent(api.sessionId(), id -> ConcurrentHashMap.newKeySet())
                        .add(init.getUI().getSession())));
        // a Vaadin session ends (sign-out, expiry, node stopping): forget it, and an API session with no
        // Vaadin session left on this node altogether
        event.getSource().addSessionDestroyListener(destroyed -> byApiSession.keySet().forEach(id ->
                byApiSession.computeIfPresent(id, (key, sessions) -> {
                    sessions.remove(destroyed.getSession());
                    return sessions.isEmpty() ? null : sessions;
                })));
    }

    /** Where a tab whose session ended goes: sign-in, saying why. */
    static String signInPage(SessionEnd end) {
        return switch (end.reason()) {
            case SessionEnd.REVOKED -> "/login?revoked";
            case SessionEnd.LOGOUT -> "/login?signedOut";
            default -> "/login?expired";
        };
    }

    private void end(SessionEnd end) {
        Set<VaadinSession> sessions = byApiSession.remove(end.sessionId());
        if (sessions == null) {
            return; // not held on this node
        }
        String target = signInPage(end);
        for (VaadinSession session : sessions) {
            session.access(() -> {
                if (stillOpen(session)) {
                    session.getUIs().forEach(ui -> ui.getPage().setLocation(target));
                }
            });
            try {
                later.schedule(() -> signOut(session), SIGN_OUT_AFTER_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                // the node is stopping: its sessions end with it
            }
        }
    }

    /**
     * False once the browser session was invalidated, by a request of its own (sign-out, idle expiry):
     * that request sends its tabs on, and a push here would race it (expired shown as "signed out").
     */
    private static boolean stillOpen(VaadinSession session) {
        if (!(session.getSession() instanceof WrappedHttpSession http)) {
            return false;
        }
        try {
            http.getHttpSession().getCreationTime();
            return true;
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }

    private void signOut(VaadinSession session) {
        if (session.getSession() instanceof WrappedHttpSession http) {
            signOut.signOut(http.getHttpSession());
        }
    }

    /** Tabs of that API session open on this node (tests). */
    int tabs(String apiSessionId) {
        Set<VaadinSession> sessions = byApiSession.get(apiSessionId);
        return sessions == null ? 0 : sessions.stream().mapToInt(s -> s.getUIs().size()).sum();
    }

    @PreDestroy
    void stop() {
        later.shutdownNow();
    }
}
