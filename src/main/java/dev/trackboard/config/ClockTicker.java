package dev.trackboard.config;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Instant;

/**
 * A Caffeine {@link Ticker} that reads a {@link Clock}: the nanoseconds of the clock's time line, so a
 * cache's entries age when the clock moves (a test's clock too), and only then.
 */
public final class ClockTicker implements Ticker {

    private final Clock clock;

    public ClockTicker(Clock clock) {
        this.clock = clock;
    }

    @Override
    public long read() {
        Instant now = clock.instant();
        return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
    }
}
