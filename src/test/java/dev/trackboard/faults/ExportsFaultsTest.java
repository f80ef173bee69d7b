package dev.trackboard.faults;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.trackboard.faults.FaultyApiProxy.Fault.DOWN;
import static dev.trackboard.faults.FaultyApiProxy.Fault.HOLD;
import static dev.trackboard.faults.FaultyApiProxy.Fault.RATE_LIMITED;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.exports.ExportFormat;
import dev.trackboard.api.exports.ExportJob;
import dev.trackboard.api.exports.ExportRequest;
import dev.trackboard.api.exports.ExportType;
import dev.trackboard.api.tracking.TrackedBrand;
import dev.trackboard.exports.ExportService;
import dev.trackboard.exports.ui.ExportsView;
import dev.trackboard.testing.BrowserVisible;
import dev.trackboard.testing.Demo;
import dev.trackboard.tracking.TrackingService;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The exports screen when the Tracking API fails: down or too slow, it says the service is not
 * answering (never "no exports yet", no details) and fills in by itself once it answers; without the
 * brands' names a brand filter says its id and that the name is not available; a 429 on a request,
 * with or without Retry-After, is told in the dialog as the guild's running limit.
 */
class ExportsFaultsTest extends ProductionDashboardTest {

    private static final String EXPORTS = "guilds/" + Demo.NIMBUS + "/exports";
    private static final GuildId NIMBUS_ID = new GuildId(Demo.NIMBUS);

    @Autowired
    private ExportService exports;
    @Autowired
    private TrackingService tracking;

    @ParameterizedTest
    @EnumSource(names = {"DOWN", "HOLD"})
    void theListSaysTheServiceIsNotAnsweringAndFillsInByItself(FaultyApiProxy.Fault fault) {
        proxy().fail(fault, path -> path.contains("/exports"));

        navigate(EXPORTS);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ExportsView.class);
        awaitUi("the banner says so", () -> !_find(Div.class, spec -> spec.withId("exports-load-failed")).isEmpty());
        assertThat(_get(Div.class, spec -> spec.withId("exports-load-failed")).getText()).contains("not answering",
                "tries again by itself");
        assertThat(_find(Div.class, spec -> spec.withId("exports-empty"))).as("never claims there are none").isEmpty();
        assertThat(BrowserVisible.now()).doesNotContain("Exception", "127.0.0.1", "/api/v1", "Something went wrong");

        proxy().heal();
        awaitUi("the list fills in", () -> _find(Div.class, spec -> spec.withId("exports-load-failed")).isEmpty()
                && (!_find(Div.class, spec -> spec.withId("exports-empty")).isEmpty()
                    || !_find(Div.class, spec -> spec.withClasses("tb-export-job")).isEmpty()));
    }

    @Test
    void withoutTheBrandsAJobsBrandFilterSaysTheIdAndThatTheNameIsNotAvailable() {
        TrackedBrand brand = tracking.brands(NIMBUS_ID).getFirst();
        String id = Long.toString(brand.id());
        ExportJob job = exports.request(NIMBUS_ID, new ExportRequest(ExportType.ACCOUNTS, ExportFormat.CSV, false,
                Map.of("brandId", id)), exports.newRequestKey());
        proxy().fail(DOWN, path -> path.contains("/brands"));

        navigate(EXPORTS);
        awaitUi("the job shows", () -> !_find(Div.class, spec -> spec.withId("export-job-" + job.id())).isEmpty());
        assertThat(jobText(job)).contains("Brand: " + id + " (name not available right now)");
        assertThat(_find(Div.class, spec -> spec.withId("exports-load-failed"))).as("the list itself is fine").isEmpty();

        proxy().heal();
        navigate(EXPORTS);
        awaitUi("the next visit names it", () -> jobText(job).contains("Brand: " + brand.name()));
        awaitUi("the export ends", () -> !exports.job(NIMBUS_ID, job.id()).status().unfinished());
    }

    private static String jobText(ExportJob job) {
        return _find(Div.class, spec -> spec.withId("export-job-" + job.id())).stream()
                .map(card -> card.getElement().getTextRecursively()).findFirst().orElse("");
    }

    @Test
    void aRefusedRequestWithoutRetryAfterIsToldAsTheRunningLimitInTheDialog() {
        navigate(EXPORTS);
        awaitUi("the list is read", () -> !_find(Div.class, spec -> spec.withId("exports-empty")).isEmpty()
                || !_find(Div.class, spec -> spec.withClasses("tb-export-job")).isEmpty());
        _click(_get(Button.class, spec -> spec.withId("export-new")));
        proxy().retryAfter(null).fail(RATE_LIMITED, path -> path.endsWith("/exports"));
        try {
            _click(_get(Button.class, spec -> spec.withId("export-start")));
            settle();
            awaitUi("the dialog says why", () -> !_find(Div.class, spec -> spec.withId("export-limit")).isEmpty());
            assertThat(_find(Dialog.class, spec -> spec.withId("export-dialog"))).hasSize(1);
            assertThat(_get(Div.class, spec -> spec.withId("export-limit")).getText()).contains("as many exports running");
            assertThat(BrowserVisible.now()).doesNotContain("Exception", "127.0.0.1", "/api/v1");
        } finally {
            proxy().retryAfter("1");
        }
    }
}
