package dev.trackboard.api;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.api.audit.AuditQuery;
import dev.trackboard.api.exports.ExportFilters;
import dev.trackboard.api.tracking.AccountQuery;
import dev.trackboard.api.tracking.Platform;
import dev.trackboard.api.tracking.PostQuery;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A list's parameters: the API's names in reading order, filters not applied left out; exports record the same. */
class ListParametersTest {

    @Test
    void postsSendOnlyTheAppliedFiltersThenTheSort() {
        PostQuery query = new PostQuery(null, 7L, Platform.YOUTUBE, Instant.parse("2026-12-01T00:00:00Z"), null, "nova",
                PostQuery.Sort.LIKES, false);

        assertThat(query.parameters()).containsExactly(
                entry("brandId", 7L), entry("platform", Platform.YOUTUBE),
                entry("from", Instant.parse("2026-12-01T00:00:00Z")), entry("q", "nova"),
                entry("sort", "likes"), entry("direction", "asc"));
        assertThat(ExportFilters.posts(query)).containsExactly(
                entry("brandId", "7"), entry("platform", "YOUTUBE"),
                entry("from", "2026-12-01T00:00:00Z"), entry("q", "nova"),
                entry("sort", "likes"), entry("direction", "asc"));
    }

    @Test
    void unfilteredListsSendTheSortAlone() {
        assertThat(AccountQuery.all().parameters()).containsOnlyKeys("sort", "direction");
        assertThat(AuditQuery.all().parameters()).as("one order, no sort").isEmpty();
    }
}
