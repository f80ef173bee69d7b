package dev.trackboard.embedded.access;

/** Discord could not be asked (down, slow, 5xx, rate limited): nothing may be granted (fail closed). */
public class DiscordUnavailableException extends RuntimeException {

    public DiscordUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
