package dev.trackboard.embedded;

import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * An error answer of the embedded Tracking API, rendered as an RFC 9457 problem. The messages are
 * deliberately generic: a guild the caller may not open gets exactly the answer of one that does
 * not exist.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final List<FieldError> errors;
    private final Duration retryAfter;

    public ApiProblem(HttpStatus status, String detail) {
        this(status, detail, List.of(), null);
    }

    private ApiProblem(HttpStatus status, String detail, List<FieldError> errors, Duration retryAfter) {
        super(detail, null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    /** 429 with a {@code Retry-After} of {@code retryAfter} (whole seconds, at least one). */
    public static ApiProblem tooMany(String detail, Duration retryAfter) {
        return new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, detail, List.of(), retryAfter);
    }

    /** 400 with the offending fields, rendered as the problem's {@code errors} member. */
    public static ApiProblem invalid(List<FieldError> errors) {
        return invalid("The request is not valid.", errors);
    }

    /** 400 with the offending fields and a detail that says why (e.g. an undo whose old value is gone). */
    public static ApiProblem invalid(String detail, List<FieldError> errors) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, detail, errors, null);
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

    public List<FieldError> errors() {
        return errors;
    }

    /** The wait to send as {@code Retry-After}, or null for none. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /**
     * One refused field of a request body or query. {@code code} (optional, e.g. UNKNOWN_ZONE) is a
     * stable reason a client can translate; null where an endpoint does not name one.
     */
    public record FieldError(String field, String message, String code) {
        public FieldError(String field, String message) {
            this(field, message, null);
        }
    }
}
