package dev.trackboard.api;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Executes one HTTP exchange and turns the answer into a value or a {@link TrackingApiException}.
 * The only place that reads status codes and bodies. It never retries: a write that may have
 * reached the server is not sent again behind the caller's back.
 */
final class ApiTransport {

    /** Signals a 401 to the caller, which decides whether one token renewal is worth it. */
    static final class Unauthorized extends Exception {
        Unauthorized() {
            super(null, null, false, false);
        }
    }

    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    private final OkHttpClient http;
    private final ApiJson json;
    private final long maxResponseBytes;
    private final Clock clock;

    ApiTransport(OkHttpClient http, ApiJson json, long maxResponseBytes, Clock clock) {
        this.http = http;
        this.json = json;
        this.maxResponseBytes = maxResponseBytes;
        this.clock = clock;
    }

    /** Returns the decoded body, or null when {@code type} is null (no content expected). */
    <T> T execute(Request request, JavaType type) throws Unauthorized {
        String what = request.method() + " " + request.url().encodedPath();
        try (Response response = http.newCall(request).execute()) {
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
            throw new TrackingApiException.Unavailable(what + ": " + e.getClass().getSimpleName(), e);
        }
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
                            error.path("field").asText(""), error.path("message").asText("")));
                }
            }
        } catch (IOException | RuntimeException notAProblemDocument) {
            // a 400 without a readable problem body still is a 400; the field list stays empty
        }
        return errors;
    }

    /** Retry-After is either delay-seconds or an HTTP-date (RFC 9110 §10.2.3). */
    Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT_RETRY_AFTER;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), at.toInstant());
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notADate) {
                return DEFAULT_RETRY_AFTER;
            }
        }
    }
}
