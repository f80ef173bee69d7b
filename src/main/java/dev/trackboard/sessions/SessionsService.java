package dev.trackboard.sessions;

import dev.trackboard.api.sessions.SessionAuditEntry;
import dev.trackboard.api.sessions.SessionsClient;
import dev.trackboard.api.sessions.UserSession;
import dev.trackboard.security.CurrentUser;
import dev.trackboard.security.SessionProperties;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The signed-in user's sessions for the sessions screen: the API's list (it is the authority on
 * sessions) with each device named, revocations, their audit, and the dashboard's lifetimes.
 * Every call goes to the API: call off the session lock (Background).
 */
@Service
public class SessionsService {

    /** How long a sign-in may be unused, and how long it lasts at most. */
    public record Lifetimes(Duration idle, Duration absolute) { }

    /** A session with its device told. */
    public record Listed(UserSession session, Device device) { }

    private final SessionsClient sessions;
    private final CurrentUser currentUser;
    private final DeviceNames devices;
    private final Lifetimes lifetimes;

    SessionsService(SessionsClient sessions, CurrentUser currentUser, DeviceNames devices,
                    SessionProperties properties,
                    @Value("${server.servlet.session.timeout:30m}") Duration idleTimeout) {
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.devices = devices;
        this.lifetimes = new Lifetimes(idleTimeout, properties.absoluteLifetime());
    }

    /** The current session first, then the others newest first. */
    public List<Listed> sessions() {
        return sessions.sessions(currentUser.apiSession()).stream()
                .sorted((a, b) -> a.current() != b.current() ? (a.current() ? -1 : 1)
                        : b.createdAt().compareTo(a.createdAt()))
                .map(session -> new Listed(session, devices.of(session.userAgent())))
                .toList();
    }

    public List<SessionAuditEntry> audit() {
        return sessions.audit(currentUser.apiSession());
    }

    /** Device of an audit entry's session. */
    public Device device(String userAgent) {
        return devices.of(userAgent);
    }

    public void revoke(String sessionId) {
        sessions.revoke(currentUser.apiSession(), sessionId);
    }

    /** Ends every other session; answers how many ended. */
    public int revokeOthers() {
        return sessions.revokeOthers(currentUser.apiSession());
    }

    /**
     * Ends every session of the user at the API, the others first, then this one (each audited);
     * the caller then signs this browser out (HTTP session, Discord token). Answers how many others ended.
     */
    public int revokeEverywhere() {
        int others = revokeOthers();
        sessions.revoke(currentUser.apiSession(), currentUser.apiSession().sessionId());
        return others;
    }

    public Lifetimes lifetimes() {
        return lifetimes;
    }
}
