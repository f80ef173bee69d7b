package dev.trackboard.embedded.auth;

import dev.trackboard.embedded.ApiCaller;
import dev.trackboard.embedded.ApiProblem;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Authenticates every API request but the token exchange: a valid ES256 JWT of ours whose session
 * is live (checked in the database on every request, so logout and revocation act at once).
 * The caller is then available to controllers as an {@link ApiCaller} parameter.
 *
 * <p>An asynchronous request (the status stream) is authenticated once, when it starts. Spring runs
 * interceptors again on the async dispatch that writes the end of such a request; authenticating
 * there would turn a stream that ended <em>because</em> its session or token ended into a problem
 * answer on an already committed {@code text/event-stream} — an ERROR and a broken chunked body.
 */
@Component
@ConditionalOnEmbeddedMode
public class BearerAuthentication implements HandlerInterceptor {

    public static final String CALLER_ATTRIBUTE = ApiCaller.class.getName();

    private final AccessTokens tokens;
    private final ApiSessions sessions;

    BearerAuthentication(AccessTokens tokens, ApiSessions sessions) {
        this.tokens = tokens;
        this.sessions = sessions;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() == DispatcherType.ASYNC && request.getAttribute(CALLER_ATTRIBUTE) != null) {
            return true;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiProblem.unauthorized("A Bearer access token is required.");
        }
        AccessTokens.Verified verified = tokens.verify(authorization.substring(7).trim())
                .orElseThrow(() -> ApiProblem.unauthorized("The access token is invalid or expired."));
        ApiSessions.Session session = sessions.live(verified.sessionId())
                .filter(live -> live.userId().equals(verified.userId()))
                .orElseThrow(() -> ApiProblem.unauthorized("The session has ended."));
        sessions.touch(session);
        request.setAttribute(CALLER_ATTRIBUTE, new ApiCaller(verified.userId(), verified.sessionId(),
                verified.guildIds(), session.discordAccessToken(), verified.expiresAt()));
        return true;
    }
}
