package dev.trackboard.exports;

import dev.trackboard.api.exports.ExportJob;
import dev.trackboard.api.exports.ExportStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a running export still needs, from its rate since it started: the rows left at the rows
 * per second so far. Nothing while the job is not running, before its total is known, before its
 * first rows, or before {@link #ENOUGH} has passed (the first seconds hold the count and the first
 * page, and say little about the rate).
 */
public final class ExportEstimate {

    static final Duration ENOUGH = Duration.ofSeconds(3);

    private ExportEstimate() {
    }

    public static Optional<Duration> timeLeft(ExportJob job, Instant now) {
        if (job.status() != ExportStatus.RUNNING || job.rowsTotal() == null || job.startedAt() == null
                || job.rowsDone() <= 0 || job.rowsDone() >= job.rowsTotal()) {
            return Optional.empty();
        }
        Duration elapsed = Duration.between(job.startedAt(), now);
        if (elapsed.compareTo(ENOUGH) < 0) {
            return Optional.empty();
        }
        double perRow = (double) elapsed.toMillis() / job.rowsDone();
        return Optional.of(Duration.ofMillis((long) Math.ceil(perRow * (job.rowsTotal() - job.rowsDone()))));
    }
}
