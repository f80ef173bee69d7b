package dev.trackboard.embedded.discord;

import org.springframework.http.HttpStatus;

/** An error of Discord's REST API: {@code {"message": "...", "code": n}}. */
class DiscordApiException extends RuntimeException {

    private final HttpStatus status;
    private final int code;

    DiscordApiException(HttpStatus status, String message, int code) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    HttpStatus status() {
        return status;
    }

    int code() {
        return code;
    }
}
