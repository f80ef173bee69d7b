package dev.trackboard.api.sessions;

import dev.trackboard.api.ApiCalls;
import dev.trackboard.api.ApiSession;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The signed-in user's own sessions at the API, the authority on them: list, revoke one, revoke all
 * others, and the account audit of those revocations. Another user's session id answers
 * {@link dev.trackboard.api.TrackingApiException.NotFound}, as one that does not exist.
 */
@Component
public class SessionsClient {

    private final ApiCalls calls;

    public SessionsClient(ApiCalls calls) {
        this.calls = calls;
    }

    public List<UserSession> sessions(ApiSession session) {
        return calls.items(session, "sessions", Map.of(), UserSession.class);
    }

    public void revoke(ApiSession session, String sessionId) {
        calls.send(session, "DELETE", "sessions/" + encode(sessionId), null, Map.of(), null);
    }

    /** Ends every session of the user but the caller's; answers how many ended. */
    public int revokeOthers(ApiSession session) {
        Revoked revoked = calls.send(session, "POST", "sessions/revoke-others", null, Map.of(), Revoked.class);
        return revoked == null ? 0 : revoked.revoked();
    }

    public List<SessionAuditEntry> audit(ApiSession session) {
        return calls.items(session, "sessions/audit", Map.of(), SessionAuditEntry.class);
    }

    private record Revoked(int revoked) { }

    /** A session id is a UUID; anything else must not turn into another path. */
    private static String encode(String sessionId) {
        return java.net.URLEncoder.encode(sessionId, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
