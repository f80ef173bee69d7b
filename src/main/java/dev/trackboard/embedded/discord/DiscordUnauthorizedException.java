package dev.trackboard.embedded.discord;

import org.springframework.http.HttpStatus;

/** What Discord answers for a missing, unknown, expired or revoked Bearer token. */
class DiscordUnauthorizedException extends DiscordApiException {

    DiscordUnauthorizedException() {
        super(HttpStatus.UNAUTHORIZED, "401: Unauthorized", 0);
    }
}
