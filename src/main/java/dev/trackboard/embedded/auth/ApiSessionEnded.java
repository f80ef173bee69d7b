package dev.trackboard.embedded.auth;

import java.util.Locale;

/**
 * Published when an API session ends, so what hangs on it ends at once: this instance's open status
 * streams, and every dashboard node through the session event stream ({@code GET /sessions/events},
 * docs/decisions/0150). {@code sequence} is the end's number in the order of all ends (the stream's
 * cursor).
 */
public record ApiSessionEnded(String sessionId, String userId, Reason reason, long sequence) {

    /**
     * Why a session ended. Three names for each, on purpose kept apart: the constant; the column
     * api_session.end_reason, which holds the constant in lower case ({@code logout}, {@code revoked},
     * {@code revoked_by_user}; V9's comment on the column says otherwise and is wrong, but a
     * migration cannot change once applied); and the stream's {@link #wireName()}.
     */
    public enum Reason {
        /** the user signed out; column {@code logout}, stream {@code logout} */
        LOGOUT,
        /** Discord no longer accepts the session's authorization; column {@code revoked}, stream {@code discord} */
        REVOKED,
        /**
         * the user ended it from the sessions screen (one, all others, or everywhere); column
         * {@code revoked_by_user}, stream {@code revoked}
         */
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
