package dev.trackboard.embedded.exports;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.boot.context.properties.bind.Binder;

/** The export settings and the expiry sweep's schedule (one thread; the app has no scheduler of its own). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnEmbeddedMode
class ExportConfiguration {

    @Bean
    ExportProperties exportProperties(Environment environment) {
        return Binder.get(environment).bindOrCreate("trackboard.embedded.exports", ExportProperties.class);
    }

    /** Stopped without an interrupt: H2 closes its file when a thread inside it is interrupted. */
    @Bean(destroyMethod = "shutdown")
    ScheduledExecutorService exportSweepSchedule(ExportSweeper sweeper, ExportProperties properties) {
        ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("export-sweep").daemon().factory());
        long every = properties.sweepInterval().toMillis();
        schedule.scheduleWithFixedDelay(sweeper::sweepQuietly, every, every, TimeUnit.MILLISECONDS);
        return schedule;
    }
}
