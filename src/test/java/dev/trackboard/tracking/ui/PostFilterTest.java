package dev.trackboard.tracking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Location;
import dev.trackboard.api.tracking.Platform;
import dev.trackboard.api.tracking.PostQuery;
import dev.trackboard.base.ui.UserTime;
import dev.trackboard.base.ui.grid.FieldProblem;
import dev.trackboard.base.ui.grid.UrlState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The posts filter as a record: read from a link, its problems, and the API query in the user's zone. */
class PostFilterTest {

    private static final LocalDate NOV_10 = LocalDate.of(2026, 11, 10);
    private static final LocalDate NOV_20 = LocalDate.of(2026, 11, 20);

    @Test
    void aLinkIsReadThroughTheCheckedReaders() {
        UrlState url = UrlState.of(new Location("guilds/1/tracking/posts",
                com.vaadin.flow.router.QueryParameters.fromString(
                        "q=%20launch%20&platform=X&brand=12&account=abc&from=2026-11-10&to=99999-01-01&zzz=1")));
        assertThat(PostFilter.URL.read(url)).isEqualTo(new PostFilter("launch", Platform.X, 12L, null, NOV_10, null));
        assertThat(url.problems()).isEmpty();
    }

    @Test
    void aDayRangeThatEndsBeforeItStartsIsAProblemOfTheToField() {
        assertThat(new PostFilter(null, null, null, null, NOV_20, NOV_10).problems())
                .containsExactly(new FieldProblem("to", "tracking.posts.toBeforeFrom"));
        assertThat(new PostFilter(null, null, null, null, NOV_10, NOV_10).problems()).isEmpty();
        assertThat(new PostFilter(null, null, null, null, NOV_10, null).problems()).isEmpty();
        assertThat(new PostFilter(null, null, null, null, LocalDate.of(12026, 1, 1), null).problems())
                .containsExactly(new FieldProblem("from", "tracking.posts.dateOutOfRange"));
    }

    @Test
    void theDaysAreTheUsersDaysBothIncluded() {
        UserTime newYork = new UserTime(ZoneId.of("America/New_York"), Locale.US);
        PostQuery query = new PostFilter(null, null, null, null, NOV_10, NOV_20).query(PostFilter.DEFAULT_SORT, newYork);
        assertThat(query.from()).isEqualTo(Instant.parse("2026-11-10T05:00:00Z"));
        assertThat(query.to()).isEqualTo(Instant.parse("2026-11-21T05:00:00Z"));
        assertThat(query.sort()).isEqualTo(PostQuery.Sort.POSTED_AT);
        assertThat(query.descending()).isTrue();
    }
}
