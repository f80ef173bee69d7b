package dev.trackboard.embedded.access;

/** Discord refused the user's access token (401): it expired or was revoked. */
public class DiscordTokenRejectedException extends RuntimeException {

    public DiscordTokenRejectedException() {
        super("Discord rejected the access token", null, false, false);
    }
}
