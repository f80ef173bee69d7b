package dev.trackboard.embedded.discord;

import org.springframework.http.HttpStatus;

/** An OAuth2 error answer of the token endpoints ({@code {"error": "..."}}). */
class OAuthException extends RuntimeException {

    private final HttpStatus status;
    private final String error;

    OAuthException(HttpStatus status, String error) {
        super(error, null, false, false);
        this.status = status;
        this.error = error;
    }

    static OAuthException invalidGrant() {
        return new OAuthException(HttpStatus.BAD_REQUEST, "invalid_grant");
    }

    static OAuthException invalidClient() {
        return new OAuthException(HttpStatus.UNAUTHORIZED, "invalid_client");
    }

    static OAuthException invalidRequest() {
        return new OAuthException(HttpStatus.BAD_REQUEST, "invalid_request");
    }

    HttpStatus status() {
        return status;
    }

    String error() {
        return error;
    }
}
