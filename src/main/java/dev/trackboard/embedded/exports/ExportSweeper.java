package dev.trackboard.embedded.exports;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deletes the files of jobs past their {@code expiresAt} and marks them EXPIRED (the row stays, so
 * the list still says what was exported, by whom and when). Time comes from the injected clock, so
 * a test sweeps "eight days later" without waiting. Scheduled by {@link ExportConfiguration}.
 */
@Component
@ConditionalOnEmbeddedMode
class ExportSweeper {

    private static final Logger log = LoggerFactory.getLogger(ExportSweeper.class);

    private final ExportJobStore store;
    private final ExportFiles files;
    private final Clock clock;

    ExportSweeper(ExportJobStore store, ExportFiles files, Clock clock) {
        this.store = store;
        this.files = files;
        this.clock = clock;
    }

    /** Answers how many jobs expired. The row changes first: a download that sees EXPIRED gets 410, not a missing file. */
    int sweep() {
        int expired = 0;
        for (ExportJob job : store.expiredBy(clock.instant())) {
            if (store.expire(job.id())) {
                files.delete(job);
                expired++;
            }
        }
        return expired;
    }

    /** For the schedule: a failed sweep is logged and tried again next time. */
    void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("Export expiry sweep failed; it runs again at the next interval", e);
        }
    }
}
