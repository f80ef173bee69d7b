package dev.trackboard.embedded.auth;

import dev.trackboard.embedded.ApiCaller;
import dev.trackboard.embedded.ApiProblem;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.TrackingApi;
import dev.trackboard.embedded.access.SessionGuildCache;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/sessions}: the caller's own sessions: list, revoke one, revoke all others, and what
 * was revoked (contract: tracking-api.yaml). A session of another user answers 404, exactly like one
 * that does not exist. Every revocation is written to the account audit and told to every node.
 */
@RestController
@RequestMapping("/api/v1/sessions")
@TrackingApi
@ConditionalOnEmbeddedMode
class SessionsController {

    static final int AUDIT_ENTRIES = 20;

    record SessionJson(String id, String userAgent, String ipAddress, Instant createdAt, Instant lastSeenAt,
                       boolean current) { }

    record AuditJson(long id, Instant createdAt, String action, String sessionId, String userAgent,
                     String ipAddress, int sessionCount, boolean byThisSession) { }

    private final ApiSessions sessions;
    private final AccountAudit audit;
    private final SessionGuildCache guildCache;

    SessionsController(ApiSessions sessions, AccountAudit audit, SessionGuildCache guildCache) {
        this.sessions = sessions;
        this.audit = audit;
        this.guildCache = guildCache;
    }

    @GetMapping
    ResponseEntity<Map<String, List<SessionJson>>> list(ApiCaller caller) {
        List<SessionJson> items = sessions.liveOf(caller.userId()).stream()
                .map(s -> new SessionJson(s.id(), blankToNull(s.userAgent()), blankToNull(s.ipAddress()),
                        s.createdAt(), s.lastSeenAt(), s.id().equals(caller.sessionId())))
                .toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("items", items));
    }

    @DeleteMapping("/{sessionId}")
    ResponseEntity<Void> revoke(ApiCaller caller, @PathVariable String sessionId) {
        ApiSessions.Listed target = sessions.liveOf(caller.userId(), sessionId).orElseThrow(ApiProblem::notFound);
        if (end(target.id())) {
            audit.record(caller.userId(), AccountAudit.SESSION_REVOKED, caller.sessionId(), target, 1);
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/revoke-others")
    ResponseEntity<Map<String, Integer>> revokeOthers(ApiCaller caller) {
        int ended = 0;
        for (ApiSessions.Listed other : sessions.liveOf(caller.userId())) {
            if (!other.id().equals(caller.sessionId()) && end(other.id())) {
                ended++;
            }
        }
        if (ended > 0) {
            audit.record(caller.userId(), AccountAudit.OTHER_SESSIONS_REVOKED, caller.sessionId(), null, ended);
        }
        return ResponseEntity.ok(Map.of("revoked", ended));
    }

    @GetMapping("/audit")
    ResponseEntity<Map<String, List<AuditJson>>> audit(ApiCaller caller) {
        List<AuditJson> items = audit.latest(caller.userId(), AUDIT_ENTRIES).stream()
                .map(e -> new AuditJson(e.id(), e.createdAt(), e.action(), e.sessionId(), blankToNull(e.userAgent()),
                        blankToNull(e.ipAddress()), e.sessionCount(), e.actorSession().equals(caller.sessionId())))
                .toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("items", items));
    }

    /** False when a parallel request ended it first (then that request audits it). */
    private boolean end(String sessionId) {
        boolean ended = sessions.revoke(sessionId, ApiSessionEnded.Reason.REVOKED_BY_USER);
        guildCache.forget(sessionId);
        return ended;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
