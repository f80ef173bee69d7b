package dev.trackboard.embedded.auth;

/**
 * Published when this node ends an API session, so what hangs on it (open status streams) ends at
 * once instead of at the next periodic re-check. Sessions ended by another node are found by that
 * re-check.
 */
public record ApiSessionEnded(String sessionId, Reason reason) {

    public enum Reason {
        /** the user signed out */
        LOGOUT,
        /** Discord no longer accepts the session's authorization */
        REVOKED
    }
}
