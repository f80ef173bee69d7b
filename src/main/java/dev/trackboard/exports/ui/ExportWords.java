package dev.trackboard.exports.ui;

import com.vaadin.flow.component.Component;
import dev.trackboard.api.exports.ExportFormat;
import dev.trackboard.api.exports.ExportJob;
import dev.trackboard.api.exports.ExportStatus;
import dev.trackboard.api.exports.ExportType;
import dev.trackboard.exports.ExportEstimate;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Exports in the bundle's words: what, which format, where a job is, how big, how far and how long
 * still, and its filters ({@link ExportFilterText}).
 */
final class ExportWords {

    private final Component words;

    ExportWords(Component words) {
        this.words = words;
    }

    String type(ExportType type) {
        return words.getTranslation(switch (type) {
            case ACCOUNTS -> "exports.type.accounts";
            case POSTS -> "exports.type.posts";
            case BRANDS -> "exports.type.brands";
            case AUDIT -> "exports.type.audit";
        });
    }

    String format(ExportFormat format) {
        return words.getTranslation(switch (format) {
            case CSV -> "exports.format.csv";
            case NDJSON -> "exports.format.ndjson";
        });
    }

    String status(ExportStatus status) {
        return words.getTranslation(switch (status) {
            case QUEUED -> "exports.status.queued";
            case RUNNING -> "exports.status.running";
            case SUCCEEDED -> "exports.status.succeeded";
            case FAILED -> "exports.status.failed";
            case CANCELLED -> "exports.status.cancelled";
            case EXPIRED -> "exports.status.expired";
        });
    }

    /** "Search: nova · Brand: Acme Energy", or "All rows" when unfiltered ({@link ExportFilterText}). */
    String filters(Map<String, String> filters, BrandNames brands) {
        return new ExportFilterText(words, brands).describe(filters);
    }

    String size(long bytes) {
        if (bytes < 1024) {
            return words.getTranslation("exports.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return words.getTranslation("exports.size.kib", bytes / 1024.0);
        }
        return words.getTranslation("exports.size.mib", bytes / (1024.0 * 1024));
    }

    String count(long rows) {
        return words.getTranslation("exports.count", rows);
    }

    /**
     * Rows written of the total, and the time left once {@link ExportEstimate} has one: "120 of 231
     * rows · about 2 minutes left".
     */
    String progress(ExportJob job, Instant now) {
        String rows = rows(job);
        return ExportEstimate.timeLeft(job, now)
                .map(left -> words.getTranslation("exports.progressWithTimeLeft", rows, timeLeft(left)))
                .orElse(rows);
    }

    /** Under a minute, whole minutes (the nearest: it is an estimate), whole hours from two hours on. */
    String timeLeft(Duration left) {
        if (left.compareTo(Duration.ofMinutes(1)) < 0) {
            return words.getTranslation("exports.timeLeft.underMinute");
        }
        long minutes = Math.round(left.toSeconds() / 60.0);
        if (minutes < 120) {
            return words.getTranslation("exports.timeLeft.minutes", minutes);
        }
        return words.getTranslation("exports.timeLeft.hours", Math.round(minutes / 60.0));
    }

    /** Rows written (of the total once it is known). */
    String rows(ExportJob job) {
        if (job.status().unfinished() && job.rowsTotal() != null) {
            return words.getTranslation("exports.rowsOf", job.rowsDone(), job.rowsTotal());
        }
        return words.getTranslation("exports.rows", job.rowsDone());
    }
}
