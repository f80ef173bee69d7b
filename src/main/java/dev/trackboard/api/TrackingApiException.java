package dev.trackboard.api;

import java.time.Duration;
import java.util.List;

/**
 * A call to the Tracking API that did not succeed, by what the caller can do about it. Messages
 * are for logs and never contain tokens or response bodies.
 */
public abstract sealed class TrackingApiException extends RuntimeException {

    TrackingApiException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The resource does not exist or the caller may not see it (the API does not say which). */
    public static final class NotFound extends TrackingApiException {
        public NotFound(String message) {
            super(message, null);
        }
    }

    /** The caller may see the resource but not do this. */
    public static final class Forbidden extends TrackingApiException {
        public Forbidden(String message) {
            super(message, null);
        }
    }

    /** Someone else changed it first (409, or 412 on a stale If-Match). */
    public static final class Conflict extends TrackingApiException {
        public Conflict(String message) {
            super(message, null);
        }
    }

    /** The request was invalid; field errors name the offending fields. */
    public static final class InvalidRequest extends TrackingApiException {
        private final List<FieldError> fieldErrors;

        public InvalidRequest(String message, List<FieldError> fieldErrors) {
            super(message, null);
            this.fieldErrors = List.copyOf(fieldErrors);
        }

        public List<FieldError> fieldErrors() {
            return fieldErrors;
        }
    }

    /** Too many requests; try again after {@link #retryAfter()}. */
    public static final class RateLimited extends TrackingApiException {
        private final Duration retryAfter;

        public RateLimited(Duration retryAfter) {
            super("Rate limited; retry after " + retryAfter.toSeconds() + " s", null);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** The API session is over (expired, revoked, signed out): the user must sign in again. */
    public static final class SessionEnded extends TrackingApiException {
        public SessionEnded(String message) {
            super(message, null);
        }
    }

    /** The API cannot be used right now: down, too slow, 5xx, or an answer that makes no sense. */
    public static final class Unavailable extends TrackingApiException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * A write was sent but its answer was lost (connection dropped or timed out after the request
     * went out): the API may or may not have carried it out. Never retried; the user is told to
     * check rather than to try again, which could do it twice.
     */
    public static final class OutcomeUnknown extends TrackingApiException {
        public OutcomeUnknown(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** One field the API refused, with its message and (where the API names one) a stable code. */
    public record FieldError(String field, String message, String code) {
        public FieldError(String field, String message) {
            this(field, message, null);
        }
    }
}
