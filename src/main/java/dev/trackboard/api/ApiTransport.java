package dev.trackboard.api;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.trackboard.config.RequestIdFilter;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Executes one HTTP exchange and turns the answer into a value or a {@link TrackingApiException}.
 * The only place that reads status codes and bodies. It never retries: a write that may have
 * reached the server is not sent again behind the caller's back, and one whose answer was lost is
 * reported as {@link TrackingApiException.OutcomeUnknown}.
 *
 * <p>Every exchange passes the node's circuit breaker: when the API keeps failing (down, too
 * slow, 5xx), calls are refused at once for a few seconds instead of each waiting for its timeout
 * — which matters most for grid page reads, the only calls made while a UI holds its lock.
 */
final class ApiTransport {

    /** Signals a 401 to the caller, which decides whether one token renewal is worth it. */
    static final class Unauthorized extends Exception {
        Unauthorized() {
            super(null, null, false, false);
        }
    }

    /** How long a call may wait for the answer. */
    enum Patience { NORMAL, PAGE_READ }

    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
    /** A longer Retry-After is taken as this: a page never waits longer, and absurd values stay harmless. */
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(120);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final OkHttpClient http;
    private final OkHttpClient pageReads;
    private final OkHttpClient downloads;
    private final ApiJson json;
    private final long maxResponseBytes;
    private final Clock clock;
    private final CircuitBreaker breaker;
    private final ApiCallMeters meters;

    ApiTransport(OkHttpClient http, Duration pageReadTimeout, ApiJson json, long maxResponseBytes, Clock clock,
                 CircuitBreaker breaker, ApiCallMeters meters) {
        this.http = http;
        // same connection pool and dispatcher, shorter patience
        this.pageReads = http.newBuilder().readTimeout(pageReadTimeout)
                .callTimeout(pageReadTimeout.plus(Duration.ofMillis(http.connectTimeoutMillis()))).build();
        // a file may take longer than any call timeout; each read still has the read timeout
        this.downloads = http.newBuilder().callTimeout(Duration.ZERO).build();
        this.json = json;
        this.maxResponseBytes = maxResponseBytes;
        this.clock = clock;
        this.breaker = breaker;
        this.meters = meters;
        meters.watch(breaker);
    }

    /** Returns the decoded body, or null when {@code type} is null (no content expected). */
    <T> T execute(Request request, JavaType type) throws Unauthorized {
        return execute(request, type, Patience.NORMAL);
    }

    <T> T execute(Request request, JavaType type, Patience patience) throws Unauthorized {
        String what = permitted(request);
        long started = System.nanoTime();
        try {
            T result = exchange(request, type, patience, what);
            long took = System.nanoTime() - started;
            breaker.onSuccess(took, TimeUnit.NANOSECONDS);
            meters.record(request, "success", took);
            return result;
        } catch (TrackingApiException.Unavailable | TrackingApiException.OutcomeUnknown failure) {
            long took = System.nanoTime() - started;
            breaker.onError(took, TimeUnit.NANOSECONDS, failure);
            meters.record(request, failure.getClass().getSimpleName(), took);
            throw failure;
        } catch (RuntimeException | Unauthorized answered) {
            long took = System.nanoTime() - started;
            breaker.onSuccess(took, TimeUnit.NANOSECONDS); // the API answered
            meters.record(request, answered.getClass().getSimpleName(), took);
            throw answered;
        }
    }

    /**
     * A GET whose successful answer's body the caller reads as a stream (and must close): not held
     * in memory, not limited to maxResponseBytes. Failures map as in {@link #execute}.
     */
    Response open(Request request) throws Unauthorized {
        String what = permitted(request);
        long started = System.nanoTime();
        try {
            Response response = downloads.newCall(withRequestId(request.newBuilder()).build()).execute();
            if (response.isSuccessful()) {
                breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                meters.record(request, "success", System.nanoTime() - started); // until the answer starts
                return response;
            }
            try (response) {
                TrackingApiException failure = response.code() == 401 ? null
                        : failure(response, readLimited(response.body(), what), what);
                meters.record(request, failure == null ? "Unauthorized" : failure.getClass().getSimpleName(),
                        System.nanoTime() - started);
                if (failure instanceof TrackingApiException.Unavailable) {
                    breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, failure);
                    throw failure;
                }
                breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS); // the API answered
                if (failure == null) {
                    throw new Unauthorized();
                }
                throw failure;
            }
        } catch (IOException e) {
            TrackingApiException.Unavailable failure = new TrackingApiException.Unavailable(
                    what + ": " + e.getClass().getSimpleName(), e);
            breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, failure);
            meters.record(request, "Unavailable", System.nanoTime() - started);
            throw failure;
        }
    }

    private <T> T exchange(Request request, JavaType type, Patience patience, String what) throws Unauthorized {
        RequestSent sent = new RequestSent();
        Request.Builder tagged = withRequestId(request.newBuilder().tag(RequestSent.class, sent));
        Call call = (patience == Patience.PAGE_READ ? pageReads : http).newCall(tagged.build());
        try (Response response = call.execute()) {
            if (response.code() == 401) {
                throw new Unauthorized();
            }
            byte[] body = readLimited(response.body(), what);
            if (!response.isSuccessful()) {
                throw failure(response, body, what);
            }
            return type == null || body.length == 0 ? null : json.read(body, type);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new TrackingApiException.Unavailable(what + ": malformed response", e);
        } catch (IOException e) {
            if (WRITES.contains(request.method()) && sent.mayHaveArrived()) {
                throw new TrackingApiException.OutcomeUnknown(what + ": no answer after sending ("
                        + e.getClass().getSimpleName() + ")", e);
            }
            throw new TrackingApiException.Unavailable(what + ": " + e.getClass().getSimpleName(), e);
        }
    }

    /** What the request is, in words for failures; refused at once while the breaker is open. */
    private String permitted(Request request) {
        String what = request.method() + " " + request.url().encodedPath();
        if (!breaker.tryAcquirePermission()) {
            meters.record(request, "NotSent", 0);
            throw new TrackingApiException.Unavailable(what + ": not sent, the API failed repeatedly just now", null);
        }
        return what;
    }

    /** The API's log lines name the user's request (none for a background call). */
    private static Request.Builder withRequestId(Request.Builder request) {
        String requestId = RequestIdFilter.current();
        return requestId == null ? request : request.header(RequestIdFilter.HEADER, requestId);
    }

    private byte[] readLimited(ResponseBody body, String what) throws IOException {
        BufferedSource source = body.source();
        Buffer buffer = new Buffer();
        while (buffer.size() <= maxResponseBytes) {
            if (source.read(buffer, 8192) == -1) {
                return buffer.readByteArray();
            }
        }
        throw new TrackingApiException.Unavailable(what + ": response larger than " + maxResponseBytes + " bytes", null);
    }

    private TrackingApiException failure(Response response, byte[] body, String what) {
        String detail = what + " answered " + response.code();
        return switch (response.code()) {
            case 400, 422, 428 -> new TrackingApiException.InvalidRequest(detail, fieldErrors(body));
            case 403 -> new TrackingApiException.Forbidden(detail);
            case 404, 410 -> new TrackingApiException.NotFound(detail);
            case 409, 412 -> new TrackingApiException.Conflict(detail);
            case 429 -> new TrackingApiException.RateLimited(retryAfter(response.header("Retry-After")));
            default -> new TrackingApiException.Unavailable(detail, null);
        };
    }

    private List<TrackingApiException.FieldError> fieldErrors(byte[] body) {
        List<TrackingApiException.FieldError> errors = new ArrayList<>();
        try {
            JsonNode problem = json.read(body, json.type(JsonNode.class));
            if (problem != null) {
                for (JsonNode error : problem.path("errors")) {
                    errors.add(new TrackingApiException.FieldError(
                            error.path("field").asText(""), error.path("message").asText(""),
                            error.hasNonNull("code") ? error.get("code").asText() : null));
                }
            }
        } catch (IOException | RuntimeException notAProblemDocument) {
            // a 400 without a readable problem body still is a 400; the field list stays empty
        }
        return errors;
    }

    /**
     * Retry-After is either delay-seconds or an HTTP-date (RFC 9110 §10.2.3); anything else, or
     * nothing, means {@link #DEFAULT_RETRY_AFTER}, and nothing is longer than {@link #MAX_RETRY_AFTER}.
     */
    Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT_RETRY_AFTER;
        }
        String value = header.trim();
        if (value.matches("[0-9]{1,18}")) {
            return capped(Duration.ofSeconds(Long.parseLong(value)));
        }
        if (value.matches("[0-9]+")) {
            return MAX_RETRY_AFTER; // more digits than a long holds: far too long anyway
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), at.toInstant());
            return wait.isNegative() ? Duration.ZERO : capped(wait);
        } catch (DateTimeParseException | ArithmeticException notADate) {
            return DEFAULT_RETRY_AFTER;
        }
    }

    private static Duration capped(Duration wait) {
        return wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
    }

    /**
     * Set by {@link ApiHttpClientFactory}'s event listener once the request headers start going
     * out: before that, a failure means the API cannot have seen the request.
     */
    static final class RequestSent {
        private volatile boolean started;

        void started() {
            started = true;
        }

        boolean mayHaveArrived() {
            return started;
        }
    }
}
