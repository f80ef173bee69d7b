package dev.trackboard.base.ui;

import dev.trackboard.api.TrackingApiException;
import java.time.Duration;

/**
 * How long a part of a screen waits before it asks the API again after a failure: 1, 2, 4, then
 * every 8 s, so it shows data again within about 10 s of the API's return (the client's circuit
 * breaker lets a trial call through after 5 s); a longer Retry-After is honoured (the client caps
 * it at 120 s).
 */
public final class RetryDelay {

    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration LONGEST = Duration.ofSeconds(8);

    private RetryDelay() {
    }

    /** The wait before attempt {@code failures + 1}, after {@code failures} failures in a row (≥ 1). */
    public static Duration after(int failures, RuntimeException lastFailure) {
        Duration backOff = FIRST.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 3));
        Duration wait = backOff.compareTo(LONGEST) > 0 ? LONGEST : backOff;
        if (lastFailure instanceof TrackingApiException.RateLimited limited
                && limited.retryAfter().compareTo(wait) > 0) {
            return limited.retryAfter();
        }
        return wait;
    }
}
