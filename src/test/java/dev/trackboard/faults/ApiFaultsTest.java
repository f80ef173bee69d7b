package dev.trackboard.faults;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.trackboard.faults.FaultyApiProxy.Fault.DOWN;
import static dev.trackboard.faults.FaultyApiProxy.Fault.HOLD;
import static dev.trackboard.faults.FaultyApiProxy.Fault.HUGE;
import static dev.trackboard.faults.FaultyApiProxy.Fault.MALFORMED;
import static dev.trackboard.faults.FaultyApiProxy.Fault.RATE_LIMITED;
import static dev.trackboard.faults.FaultyApiProxy.Fault.SERVER_ERROR_WITH_TRACE;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import dev.trackboard.guild.ui.GuildOverviewView;
import dev.trackboard.guild.ui.GuildPickerView;
import dev.trackboard.testing.BrowserVisible;
import dev.trackboard.testing.Demo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each way the Tracking API can fail, seen from the production dashboard: a friendly state, no
 * trace, token or address in anything the browser gets, and data back without a click once the
 * API answers again.
 */
class ApiFaultsTest extends ProductionDashboardTest {

    @Test
    void theApiDownAtStartGivesAFriendlyPickerThatFillsInByItselfWhenItIsBack() {
        proxy().fail(DOWN, path -> true);

        navigate("");

        assertThat(_get(GuildPickerView.class).getElement().getTextRecursively())
                .contains("not answering", "tries again by itself").doesNotContain("Acme Creators");
        assertNothingLeaked();

        proxy().heal();
        awaitUi("the picker lists the guilds", () -> _get(GuildPickerView.class).getElement().getTextRecursively()
                .contains("Acme Creators"));
    }

    @Test
    void aGuildTooSlowToAnswerShowsTroubleNotNotFoundAndOpensOnceItAnswers() {
        proxy().fail(HOLD, path -> path.endsWith("/guilds/" + Demo.ORBIT));

        navigate("guilds/" + Demo.ORBIT);
        awaitUi("the layout reports trouble after its read timeout", () -> pendingText().contains("not answering"));
        assertThat(pendingText()).doesNotContain("Page not found");

        proxy().heal();
        awaitUi("the overview opens", () -> !_find(H1.class, spec -> spec.withId("guild-name")).isEmpty());
        assertThat(_get(H1.class, spec -> spec.withId("guild-name")).getText()).isEqualTo("Orbit Esports");
    }

    @ParameterizedTest
    @EnumSource(names = {"SERVER_ERROR_WITH_TRACE", "MALFORMED", "HUGE", "DOWN"})
    void aFailingPartOfTheOverviewSaysSoWithoutDetailsAndRecovers(FaultyApiProxy.Fault fault) {
        proxy().fail(fault, path -> path.contains("/usage"));

        navigate("guilds/" + Demo.ACME);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(GuildOverviewView.class);
        awaitUi("the usage part reports trouble", () -> overviewText().contains("not answering"));
        assertThat(overviewText()).contains("Acme Creators");
        assertNothingLeaked();

        proxy().heal();
        awaitUi("usage shows once the API answers", () -> !_find(Div.class, spec -> spec.withId("usage")).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "99999999", "9223372036854775807", "99999999999999999999999", "-1", "soon"})
    void rateLimitsOfAnySizeGiveAFriendlyNoteNeverABrokenPage(String retryAfter) {
        proxy().retryAfter(retryAfter).fail(RATE_LIMITED, path -> path.contains("/health"));

        navigate("guilds/" + Demo.ACME);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(GuildOverviewView.class);
        awaitUi("the health part says to slow down", () -> overviewText().contains("asked us to slow down"));
        assertNothingLeaked();
    }

    @Test
    void aShortRetryAfterIsHonouredAndThePartComesBack() {
        proxy().retryAfter("1").fail(RATE_LIMITED, path -> path.contains("/health"));
        navigate("guilds/" + Demo.ACME);
        awaitUi("the health part says to slow down", () -> overviewText().contains("asked us to slow down"));

        proxy().heal();

        awaitUi("health shows", () -> !_find(Div.class, spec -> spec.withId("health-warnings")).isEmpty());
    }

    private static String pendingText() {
        return _get(Div.class, spec -> spec.withId("guild-pending")).getElement().getTextRecursively();
    }

    private static String overviewText() {
        return _get(GuildOverviewView.class).getElement().getTextRecursively();
    }

    private static void assertNothingLeaked() {
        assertThat(BrowserVisible.now()).doesNotContain("Exception", "Secret.java", "FAKE-TOKEN", "eyJhbGciOi",
                "127.0.0.1", "/api/v1", "Something went wrong");
    }
}
