package dev.trackboard.embedded;

import org.springframework.http.HttpStatus;

/**
 * An error answer of the embedded Tracking API, rendered as an RFC 9457 problem. The messages are
 * deliberately generic: a guild the caller may not open gets exactly the answer of one that does
 * not exist.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;

    public ApiProblem(HttpStatus status, String detail) {
        super(detail, null, false, false);
        this.status = status;
    }

    public static ApiProblem notFound() {
        return new ApiProblem(HttpStatus.NOT_FOUND, "The requested resource does not exist.");
    }

    public static ApiProblem unauthorized(String detail) {
        return new ApiProblem(HttpStatus.UNAUTHORIZED, detail);
    }

    public static ApiProblem discordUnavailable() {
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "Discord cannot be reached right now; try again shortly.");
    }

    public HttpStatus status() {
        return status;
    }
}
