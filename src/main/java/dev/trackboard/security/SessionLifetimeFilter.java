package dev.trackboard.security;

import dev.trackboard.api.sessions.EndedSessions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session that was idle too long or has lived too long, before Spring Security
 * reads it. The servlet container cannot do the idle part alone: every Vaadin heartbeat (and push
 * reconnect) touches the HTTP session, so an open tab would keep it alive for ever. Here only
 * requests a user caused count as activity; heartbeats and the push channel do not. The time since
 * sign-in is compared with the absolute lifetime on every request, heartbeats included.
 *
 * <p>A session the API ended (the session event stream told {@link EndedSessions}) is ended the
 * same way on its next request; a page request then goes to {@code /login?revoked}.
 *
 * <p>An ended session is signed out like a sign-out (API session ended, Discord token revoked) and
 * invalidated. A page request is sent to {@code /login?expired}; a heartbeat is answered 403 (also
 * when its session ended earlier); another Vaadin request goes on and is answered "session expired"
 * by Vaadin. Either way Vaadin's client then opens {@code /login?expired} (see base/ui
 * SessionExpiredMessages).
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = SessionLifetimeFilter.class.getName() + ".signedInAt";
    static final String LAST_ACTIVE_AT = SessionLifetimeFilter.class.getName() + ".lastActiveAt";
    static final String EXPIRED_PAGE = "/login?expired";
    static final String REVOKED_PAGE = "/login?revoked";

    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration absoluteLifetime;
    private final SignOutHandler signOut;
    private final EndedSessions endedSessions;

    SessionLifetimeFilter(Clock clock, Duration idleTimeout, Duration absoluteLifetime, SignOutHandler signOut,
                          EndedSessions endedSessions) {
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.absoluteLifetime = absoluteLifetime;
        this.signOut = signOut;
        this.endedSessions = endedSessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session == null && isHeartbeat(request) && request.getRequestedSessionId() != null) {
            answerSessionExpired(response); // the session ended earlier (here or by the container)
            return;
        }
        Authentication user = session == null ? null : signedIn(session);
        if (user == null) {
            chain.doFilter(request, response); // nobody signed in: nothing to end
            return;
        }
        if (endedElsewhere(user)) {
            end(request, response, session, user);
            if (isHeartbeat(request)) {
                answerSessionExpired(response);
            } else if (isVaadinRequest(request)) {
                chain.doFilter(request, response); // Vaadin answers it: session expired
            } else {
                response.sendRedirect(request.getContextPath() + REVOKED_PAGE);
            }
            return;
        }
        Instant now = clock.instant();
        Instant signedInAt = (Instant) session.getAttribute(SIGNED_IN_AT);
        Instant lastActiveAt = (Instant) session.getAttribute(LAST_ACTIVE_AT);
        if (signedInAt == null || lastActiveAt == null) {
            session.setAttribute(SIGNED_IN_AT, now); // the first request after the sign-in callback
            session.setAttribute(LAST_ACTIVE_AT, now);
        } else if (now.isAfter(signedInAt.plus(absoluteLifetime)) || now.isAfter(lastActiveAt.plus(idleTimeout))) {
            end(request, response, session, user);
            if (isHeartbeat(request)) {
                answerSessionExpired(response);
            } else if (isVaadinRequest(request)) {
                chain.doFilter(request, response); // Vaadin answers it: session expired
            } else {
                response.sendRedirect(request.getContextPath() + EXPIRED_PAGE);
            }
            return;
        } else if (!isHeartbeatOrPush(request)) {
            session.setAttribute(LAST_ACTIVE_AT, now);
        }
        chain.doFilter(request, response);
    }

    /**
     * What Vaadin's client (25.2) takes for "session expired" on a heartbeat: 403. Without a session
     * Spring Security would redirect the heartbeat to the sign-in page instead; the XHR follows that
     * redirect, gets 200 and the tab would go on as if nothing had happened.
     */
    private static void answerSessionExpired(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    }

    /**
     * The HTTP session is invalidated before the API session ends: its tabs are then no longer this
     * node's (SignedInTabs forgets them), so the API's "logout" event for it cannot push them to
     * "signed out" while this request sends them to "expired".
     */
    private void end(HttpServletRequest request, HttpServletResponse response, HttpSession session,
                     Authentication user) {
        String discordToken = signOut.takeDiscordToken(request, response, user);
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // a parallel request of the same session ended it first
        }
        if (user.getPrincipal() instanceof DiscordUser discordUser) {
            signOut.endBeyondTheSession(discordUser, discordToken);
        }
    }

    /** The API said the session ended (revoked from the sessions screen, maybe on another node). */
    private boolean endedElsewhere(Authentication user) {
        return user.getPrincipal() instanceof DiscordUser discordUser
                && endedSessions.end(discordUser.apiSession().sessionId()) != null;
    }

    private static Authentication signedIn(HttpSession session) {
        Object context;
        try {
            context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        } catch (IllegalStateException invalidated) {
            return null;
        }
        return context instanceof SecurityContext security && security.getAuthentication() != null
                && security.getAuthentication().isAuthenticated() ? security.getAuthentication() : null;
    }

    /** Heartbeats say "the tab is open", not "the user did something"; push is the server talking. */
    static boolean isHeartbeatOrPush(HttpServletRequest request) {
        return isHeartbeat(request) || isPush(request);
    }

    private static boolean isHeartbeat(HttpServletRequest request) {
        return "heartbeat".equals(request.getParameter("v-r"));
    }

    private static boolean isVaadinRequest(HttpServletRequest request) {
        return request.getParameter("v-r") != null || isPush(request);
    }

    private static boolean isPush(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/VAADIN/push");
    }
}
