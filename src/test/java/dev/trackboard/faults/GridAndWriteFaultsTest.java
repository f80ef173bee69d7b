package dev.trackboard.faults;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.trackboard.faults.FaultyApiProxy.Fault.DOWN;
import static dev.trackboard.faults.FaultyApiProxy.Fault.DROP_AFTER_FORWARDING;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.tracking.AccountQuery;
import dev.trackboard.api.tracking.Platform;
import dev.trackboard.testing.BrowserVisible;
import dev.trackboard.testing.Demo;
import dev.trackboard.tracking.TrackingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Grids and writes when the Tracking API fails: a grid in error never claims "no matches" and fills
 * in by itself when the API is back; a write whose answer is lost says it may have been saved —
 * and is never sent twice.
 */
class GridAndWriteFaultsTest extends ProductionDashboardTest {

    private static final String ACCOUNTS = "guilds/" + Demo.NIMBUS + "/tracking/accounts";

    @Autowired
    private TrackingService tracking;

    @Test
    @SuppressWarnings("unchecked")
    void aGridInErrorSaysSoNeverNoMatchesAndFillsInByItselfOnceTheApiIsBack() {
        navigate(ACCOUNTS);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("accounts-grid"));
        assertThat(GridKt._size(grid)).isPositive();

        int before = proxy().faulted();
        proxy().fail(DOWN, path -> path.contains("/accounts?"));
        _setValue(_get(TextField.class, spec -> spec.withId("account-search")), "nova");
        assertThat(GridKt._size(grid)).isZero();
        assertThat(proxy().faulted() - before).isPositive();

        assertThat(_get(Div.class, spec -> spec.withId("accounts-load-failed")).isVisible()).isTrue();
        assertThat(grid.getEmptyStateText()).contains("not answering").doesNotContain("match");
        assertThat(BrowserVisible.now()).doesNotContain("Exception", "/api/v1", "127.0.0.1");

        proxy().heal();
        awaitUi("the grid fills in", () -> GridKt._size(grid) > 0);
        assertThat(_find(Div.class, spec -> spec.withId("accounts-load-failed"))).as("visible banners").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWriteWhoseAnswerIsLostSaysItMayHaveBeenSavedAndIsNotSentAgain() {
        navigate(ACCOUNTS);
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("add-account")));
        settle();
        _setValue(_get(Select.class, spec -> spec.withId("account-platform")), Platform.X);
        _setValue(_get(TextField.class, spec -> spec.withId("account-handle")), "lost_answer");
        int before = proxy().faulted();
        proxy().fail(DROP_AFTER_FORWARDING, path -> path.endsWith("/accounts"));

        _click(_get(Button.class, spec -> spec.withId("account-save")));
        settle();

        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(note -> assertThat(note.getElement().getProperty("text")
                        + note.getElement().getTextRecursively()).contains("may or may not have been saved")
                        .doesNotContain("try again"));
        assertThat(proxy().faulted() - before).as("requests that met the fault").isEqualTo(1);
        proxy().heal();
        AccountQuery query = new AccountQuery(null, null, null, "lost_answer", AccountQuery.Sort.HANDLE, false);
        assertThat(tracking.countAccounts(new GuildId(Demo.NIMBUS), query)).isEqualTo(1);
        tracking.bulk(new GuildId(Demo.NIMBUS), dev.trackboard.api.tracking.BulkAction.DELETE,
                tracking.accounts(new GuildId(Demo.NIMBUS), query, 0, 10).stream().map(a -> a.id()).toList());
    }
}
