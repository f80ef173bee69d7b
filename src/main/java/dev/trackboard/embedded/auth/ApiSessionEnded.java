package dev.trackboard.embedded.auth;

import java.util.Locale;

/**
 * Published when an API session ends, so what hangs on it ends at once: this instance's open status
 * streams, and every dashboard node through the session event stream ({@code GET /sessions/events},
 * docs/decisions/0150). {@code sequence} is the end's number in the order of all ends (the stream's
 * cursor).
 */
public record ApiSessionEnded(String sessionId, String userId, Reason reason, long sequence) {

    public enum Reason {
        /** the user signed out */
        LOGOUT,
        /** Discord no longer accepts the session's authorization */
        REVOKED,
        /** the user ended it from the sessions screen (one, all others, or everywhere) */
        REVOKED_BY_USER;

        /** The reason as the session event stream names it. */
        public String wireName() {
            return switch (this) {
                case LOGOUT -> "logout";
                case REVOKED -> "discord";
                case REVOKED_BY_USER -> "revoked";
            };
        }

        static Reason ofColumn(String column) {
            return valueOf(column.toUpperCase(Locale.ROOT));
        }
    }
}
