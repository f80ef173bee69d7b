package dev.trackboard.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import dev.trackboard.api.audit.AuditQuery;
import dev.trackboard.base.ui.UserTime;
import dev.trackboard.base.ui.grid.FieldProblem;
import dev.trackboard.base.ui.grid.UrlState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The audit filter as a record: read from a link (bad values refused aloud), its problems, the API query. */
class AuditFilterTest {

    private static final LocalDate NOV_10 = LocalDate.of(2026, 11, 10);
    private static final LocalDate NOV_20 = LocalDate.of(2026, 11, 20);
    private static final String GROUP = "0f8e4c3a-1b2c-4d5e-8f90-a1b2c3d4e5f6";

    private static AuditFilter read(String query) {
        return AuditFilter.URL.read(UrlState.of(new Location("guilds/1/audit", QueryParameters.fromString(query))));
    }

    @Test
    void aGoodLinkIsReadWhole() {
        assertThat(read("actor=100000000000000001&action=ACCOUNT_PAUSED&target=ACCOUNT&group=" + GROUP
                + "&from=2026-11-10&to=2026-11-20&zzz=1"))
                .isEqualTo(new AuditFilter("100000000000000001", "ACCOUNT_PAUSED", "ACCOUNT", GROUP, NOV_10, NOV_20, Set.of()));
        assertThat(read("")).isEqualTo(AuditFilter.NONE);
    }

    @Test
    void everyValueThisScreenCannotUseIsRefusedOnItsFieldNotDropped() {
        AuditFilter filter = read("actor=alice&action=%3Cscript%3E&target=" + "A".repeat(40)
                + "&group=not-a-uuid&from=2026-13-01&to=99999-01-01");
        assertThat(filter.refused()).containsExactlyInAnyOrder("actor", "action", "target", "group", "from", "to");
        assertThat(filter.problems()).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("actor", "action", "target", "group", "from", "to");
        assertThat(filter.problems()).extracting(FieldProblem::key).containsOnly("audit.filter.refused");
        assertThat(read("actor=-1").refused()).containsExactly("actor");
        assertThat(read("actor=%20%20").refused()).isEmpty(); // blank is "not set"
    }

    @Test
    void aDayRangeThatEndsBeforeItStartsIsAProblemOfTheToField() {
        assertThat(new AuditFilter(null, null, null, null, NOV_20, NOV_10, Set.of()).problems())
                .containsExactly(new FieldProblem("to", "audit.filter.toBeforeFrom"));
        assertThat(new AuditFilter(null, null, null, null, NOV_10, NOV_10, Set.of()).problems()).isEmpty();
        // said together with a refused link value, not only once that is gone
        assertThat(new AuditFilter(null, null, null, null, NOV_20, NOV_10, Set.of("actor")).problems())
                .containsExactly(new FieldProblem("actor", "audit.filter.refused"),
                        new FieldProblem("to", "audit.filter.toBeforeFrom"));
        assertThat(new AuditFilter(null, null, null, null, LocalDate.of(12026, 1, 1), null, Set.of()).problems())
                .containsExactly(new FieldProblem("from", "audit.filter.dateOutOfRange"));
    }

    @Test
    void theDaysAreTheUsersDaysBothIncluded() {
        UserTime newYork = new UserTime(ZoneId.of("America/New_York"), Locale.US);
        AuditQuery query = new AuditFilter("1", "ACCOUNT_PAUSED", null, null, NOV_10, NOV_20, Set.of()).query(newYork);
        assertThat(query.from()).isEqualTo(Instant.parse("2026-11-10T05:00:00Z"));
        assertThat(query.to()).isEqualTo(Instant.parse("2026-11-21T05:00:00Z"));
        assertThat(query.actorId()).isEqualTo("1");
        assertThat(query.action()).isEqualTo("ACCOUNT_PAUSED");
    }
}
