package dev.trackboard.exports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.api.exports.ExportFormat;
import dev.trackboard.api.exports.ExportJob;
import dev.trackboard.api.exports.ExportStatus;
import dev.trackboard.api.exports.ExportType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportEstimateTest {

    private static final Instant STARTED = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void theRowsLeftAtTheRateSinceTheStart() {
        // 250 rows in 100 s: 750 more take 300 s
        assertThat(ExportEstimate.timeLeft(job(ExportStatus.RUNNING, 250, 1_000L), STARTED.plusSeconds(100)))
                .contains(Duration.ofSeconds(300));
    }

    @Test
    void noEstimateUntilThereIsARateToGoBy() {
        assertThat(ExportEstimate.timeLeft(job(ExportStatus.RUNNING, 250, 1_000L), STARTED.plusSeconds(2)))
                .as("the first seconds hold the count and the first page").isEmpty();
        assertThat(ExportEstimate.timeLeft(job(ExportStatus.RUNNING, 0, 1_000L), STARTED.plusSeconds(100))).isEmpty();
        assertThat(ExportEstimate.timeLeft(job(ExportStatus.RUNNING, 10, null), STARTED.plusSeconds(100))).isEmpty();
        assertThat(ExportEstimate.timeLeft(job(ExportStatus.QUEUED, 0, null), STARTED.plusSeconds(100))).isEmpty();
        assertThat(ExportEstimate.timeLeft(job(ExportStatus.RUNNING, 1_000, 1_000L), STARTED.plusSeconds(100))).isEmpty();
        assertThat(ExportEstimate.timeLeft(job(ExportStatus.SUCCEEDED, 500, 1_000L), STARTED.plusSeconds(100))).isEmpty();
    }

    private static ExportJob job(ExportStatus status, long done, Long total) {
        return new ExportJob(1, ExportType.POSTS, ExportFormat.CSV, false, Map.of(), status, done, total, 0, "a.csv",
                null, STARTED, status == ExportStatus.QUEUED ? null : STARTED, null, null, null);
    }
}
