package dev.trackboard.config;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock that time-based rules read (access re-checks, the API's Discord cache, session
 * lifetimes), so tests can move time instead of sleeping. Caffeine caches expire by the same clock
 * through the {@link Ticker} bean (docs/decisions/0075-caffeine-caches.md).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Ticker ticker(Clock clock) {
        return new ClockTicker(clock);
    }
}
