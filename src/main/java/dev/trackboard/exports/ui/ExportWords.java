package dev.trackboard.exports.ui;

import com.vaadin.flow.component.Component;
import dev.trackboard.api.exports.ExportFormat;
import dev.trackboard.api.exports.ExportJob;
import dev.trackboard.api.exports.ExportStatus;
import dev.trackboard.api.exports.ExportType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exports in the bundle's words: what, which format, where a job is, how big, and its filters. The
 * filters are the lists' query parameters (API names): each known one has a label here, its value
 * is shown as it is (search text and ids are the user's own), and unknown ones are only counted —
 * never an API name on screen.
 */
final class ExportWords {

    private static final Map<String, String> FILTERS = Map.ofEntries(
            Map.entry("q", "exports.filter.q"),
            Map.entry("platform", "exports.filter.platform"),
            Map.entry("status", "exports.filter.status"),
            Map.entry("brandId", "exports.filter.brand"),
            Map.entry("accountId", "exports.filter.account"),
            Map.entry("from", "exports.filter.from"),
            Map.entry("to", "exports.filter.to"),
            Map.entry("actorId", "exports.filter.actor"),
            Map.entry("action", "exports.filter.action"),
            Map.entry("targetType", "exports.filter.target"),
            Map.entry("groupId", "exports.filter.group"),
            Map.entry("sort", "exports.filter.sort"),
            Map.entry("direction", "exports.filter.direction"));

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

    /** "Search: nova · Platform: YOUTUBE", or "All rows" when unfiltered. */
    String filters(Map<String, String> filters) {
        List<String> shown = new ArrayList<>();
        int unknown = 0;
        for (Map.Entry<String, String> filter : new TreeMap<>(filters).entrySet()) {
            String label = FILTERS.get(filter.getKey());
            if (label == null) {
                unknown++;
            } else {
                shown.add(words.getTranslation("exports.filterValue", words.getTranslation(label), filter.getValue()));
            }
        }
        if (unknown > 0) {
            shown.add(words.getTranslation("exports.filtersOther", unknown));
        }
        return shown.isEmpty() ? words.getTranslation("exports.filtersNone") : String.join(" · ", shown);
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

    /** Rows written (of the total once it is known). */
    String rows(ExportJob job) {
        if (job.status().unfinished() && job.rowsTotal() != null) {
            return words.getTranslation("exports.rowsOf", job.rowsDone(), job.rowsTotal());
        }
        return words.getTranslation("exports.rows", job.rowsDone());
    }
}
