package dev.trackboard.api.sessions;

/**
 * An API session that ended, from the session event stream.
 *
 * @param reason {@code logout}, {@code revoked} (by its user, from the sessions screen) or
 *               {@code discord} (Discord no longer accepts the sign-in)
 * @param sequence the end's number: the cursor a reconnecting node asks from
 */
public record SessionEnd(String sessionId, String userId, String reason, long sequence) {

    public static final String REVOKED = "revoked";
    public static final String LOGOUT = "logout";
}
