package dev.trackboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trackboard.config.RequestIdFilter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.boot.health.contributor.Status;

/** What an operator sees of the node's API calls: meters by endpoint and outcome, the breaker, readiness, request ids. */
class ApiObservabilityTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final String GUILD = "{\"id\":\"200000000000000001\",\"name\":\"Acme\"}";

    private final MockWebServer server = new MockWebServer();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private ApiCalls calls;

    @BeforeEach
    void start() throws IOException {
        server.start();
        calls = TestApiCalls.against(server, NOW, TestApiCalls.MAX_RESPONSE, new ApiCallMeters(registry));
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
        MDC.clear();
    }

    @Test
    void callsAreTimedByEndpointWithIdsFoldedAndByOutcome() {
        server.enqueue(new MockResponse().setBody(GUILD).setHeader("Content-Type", "application/json"));
        server.enqueue(new MockResponse().setResponseCode(404));

        calls.get(session(), "guilds/200000000000000001", Map.of(), Map.class);
        assertThatThrownBy(() -> calls.get(session(), "guilds/200000000000000002/audit/41", Map.of(), Map.class))
                .isInstanceOf(TrackingApiException.NotFound.class);

        assertThat(registry.get("trackboard.api.calls").tags("method", "GET", "endpoint", "/api/v1/guilds/{id}",
                "outcome", "success").timer().count()).isEqualTo(1);
        assertThat(registry.get("trackboard.api.calls").tags("endpoint", "/api/v1/guilds/{id}/audit/{id}",
                "outcome", "NotFound").timer().count()).isEqualTo(1);
        assertThat(registry.find("trackboard.api.calls").tag("endpoint", "/api/v1/guilds/200000000000000001").timer())
                .as("no series per guild").isNull();
    }

    @Test
    void anApiThatKeepsFailingShowsAsFailuresThenRefusedCallsAndAnOpenBreaker() throws IOException {
        assertThat(registry.get("trackboard.api.breaker.state").tag("state", "closed").gauge().value()).isEqualTo(1);
        server.shutdown();

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> calls.get(session(), "guilds", Map.of(), Map.class))
                    .isInstanceOf(TrackingApiException.Unavailable.class);
        }

        assertThat(registry.get("trackboard.api.calls").tags("outcome", "Unavailable").timer().count()).isEqualTo(4);
        assertThat(registry.get("trackboard.api.calls").tags("outcome", "NotSent").timer().count()).isEqualTo(1);
        assertThat(registry.get("trackboard.api.breaker.state").tag("state", "open").gauge().value()).isEqualTo(1);
        assertThat(registry.get("trackboard.api.breaker.state").tag("state", "closed").gauge().value()).isZero();
    }

    @Test
    void theRequestsIdGoesToTheApiAndNothingIsMadeUpWithoutOne() throws InterruptedException {
        server.enqueue(new MockResponse().setBody(GUILD).setHeader("Content-Type", "application/json"));
        server.enqueue(new MockResponse().setBody(GUILD).setHeader("Content-Type", "application/json"));

        MDC.put(RequestIdFilter.MDC_KEY, "nginx-0123456789abcdef");
        calls.get(session(), "guilds/200000000000000001", Map.of(), Map.class);
        MDC.clear();
        calls.get(session(), "guilds/200000000000000001", Map.of(), Map.class);

        assertThat(server.takeRequest().getHeader("X-Request-Id")).isEqualTo("nginx-0123456789abcdef");
        assertThat(server.takeRequest().getHeader("X-Request-Id")).as("a background call").isNull();
    }

    @Test
    void readinessFollowsWhetherTheApiAnswersAndAsksAtMostEveryFewSeconds() throws IOException {
        MutableClock clock = new MutableClock();
        TrackingApiHealthIndicator readiness = new TrackingApiHealthIndicator(calls, clock);
        server.enqueue(new MockResponse().setResponseCode(401)); // an answer: the API is there

        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
        server.shutdown();
        assertThat(readiness.health().getStatus()).as("the last answer, kept").isEqualTo(Status.UP);
        clock.now = clock.now.plus(TrackingApiHealthIndicator.KEPT).plusMillis(1);
        assertThat(readiness.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aServerErrorIsNotReadyEither() {
        server.enqueue(new MockResponse().setResponseCode(503));

        assertThat(calls.answers()).isFalse();
    }

    @Test
    void theEndpointOfAPathWithoutIdsIsThePath() {
        assertThat(ApiCallMeters.endpoint(HttpUrl.get("http://api/api/v1/auth/token"))).isEqualTo("/api/v1/auth/token");
        assertThat(ApiCallMeters.endpoint(HttpUrl.get("http://api/api/v1/guilds/1/accounts/22?limit=5")))
                .isEqualTo("/api/v1/guilds/{id}/accounts/{id}");
    }

    private static ApiSession session() {
        return new ApiSession("s1", new ApiUser("100000000000000001", "alice", "Alice", null),
                "access-1", "refresh-1", NOW.plusSeconds(300));
    }

    private static final class MutableClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
