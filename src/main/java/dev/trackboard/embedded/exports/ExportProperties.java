package dev.trackboard.embedded.exports;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code trackboard.embedded.exports.*} settings, bound by {@link ExportConfiguration} so the
 * bean exists in embedded mode only.
 *
 * @param retention how long a finished file can be downloaded before the sweep deletes it
 * @param workers jobs written at once on this node (the bounded executor's threads)
 * @param queueCapacity jobs waiting for a worker; a job that finds the queue full fails at once
 * @param maxRunningPerGuild queued and running jobs a guild may have; one more is refused (429)
 * @param sweepInterval how often expired files are looked for
 * @param rowPause a pause after every row written, 0 (none) unless set: it makes a small export run
 *                 long enough to watch its progress, for the browser test of the exports screen and
 *                 for demos; never set it in production
 */
public record ExportProperties(
        @DefaultValue("7d") Duration retention,
        @DefaultValue("2") int workers,
        @DefaultValue("32") int queueCapacity,
        @DefaultValue("2") int maxRunningPerGuild,
        @DefaultValue("10m") Duration sweepInterval,
        @DefaultValue("0ms") Duration rowPause) {
}
