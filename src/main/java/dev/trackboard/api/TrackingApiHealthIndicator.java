package dev.trackboard.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code trackingApi} in the readiness group (application.properties): a node whose Tracking API
 * does not answer is not ready — it can sign nobody in and show nothing — but it is alive (liveness
 * does not include this: restarting it would not bring the API back). The probe's answer is kept a
 * few seconds, so a load balancer that asks often does not probe the API as often.
 */
@Component
class TrackingApiHealthIndicator implements HealthIndicator {

    static final Duration KEPT = Duration.ofSeconds(5);

    private final ApiCalls calls;
    private final Clock clock;
    private volatile Instant probedAt = Instant.MIN;
    private volatile boolean answers;

    @Autowired
    TrackingApiHealthIndicator(ApiCalls calls) {
        this(calls, Clock.systemUTC());
    }

    TrackingApiHealthIndicator(ApiCalls calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        if (now.isAfter(probedAt.plus(KEPT))) {
            answers = calls.answers();
            probedAt = now;
        }
        return answers ? Health.up().build()
                : Health.down().withDetail("reason", "the Tracking API does not answer").build();
    }
}
