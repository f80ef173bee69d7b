package dev.trackboard.api;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * The node's Tracking API calls as Micrometer meters on the management port: {@code trackboard.api.calls}
 * (a timer by method, endpoint and outcome — {@code success}, the failure's kind such as
 * {@code Unavailable} or {@code NotFound}, or {@code NotSent} when the breaker refused the call) and
 * {@code trackboard.api.breaker.state} (1 for the breaker's current state, 0 for the others, as
 * Resilience4j's own binding reports it). The endpoint is the path with every id replaced by
 * {@code {id}}, so the number of series stays that of the contract's endpoints, not of the guilds.
 */
final class ApiCallMeters {

    /** For an application without a registry (unit tests that build {@link ApiCalls} by hand). */
    static final ApiCallMeters NONE = new ApiCallMeters(null);

    private final MeterRegistry registry;

    ApiCallMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    void watch(CircuitBreaker breaker) {
        if (registry == null) {
            return;
        }
        for (CircuitBreaker.State state : new CircuitBreaker.State[] {CircuitBreaker.State.CLOSED,
                CircuitBreaker.State.OPEN, CircuitBreaker.State.HALF_OPEN}) {
            Gauge.builder("trackboard.api.breaker.state", breaker, b -> b.getState() == state ? 1 : 0)
                    .description("1 for the Tracking API circuit breaker's current state")
                    .tag("state", state.name().toLowerCase(Locale.ROOT)).register(registry);
        }
    }

    void record(Request request, String outcome, long nanos) {
        if (registry == null) {
            return;
        }
        Timer.builder("trackboard.api.calls").description("Tracking API calls made by this node")
                .tag("method", request.method()).tag("endpoint", endpoint(request.url())).tag("outcome", outcome)
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** {@code /api/v1/guilds/200000000000000001/audit/41} → {@code /api/v1/guilds/{id}/audit/{id}}. */
    static String endpoint(HttpUrl url) {
        return url.pathSegments().stream().map(segment -> segment.matches("[0-9]+") ? "{id}" : segment)
                .collect(Collectors.joining("/", "/", ""));
    }
}
