package dev.trackboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.internal.JacksonUtils;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link UserTime#whenKnown}'s late path: a page rendered before the browser sent its details shows
 * UTC first and is shown again, in the browser's zone, when they arrive — with one request to the
 * browser however many parts wait.
 */
class UserTimeArrivalTest {

    private UI ui;
    private boolean fakedBefore;

    @BeforeEach
    void startAUiWhoseBrowserHasNotSpokenYet() {
        // Karibu answers the request for the details at once by default; here the browser is slow
        fakedBefore = KaribuConfig.getFakeExtendedClientDetails();
        KaribuConfig.setFakeExtendedClientDetails(false);
        MockVaadin.setup(new Routes());
        ui = UI.getCurrent();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        KaribuConfig.setFakeExtendedClientDetails(fakedBefore);
    }

    @Test
    void partsShownBeforeTheDetailsArriveAreShownAgainInTheBrowsersZone() {
        Span joined = zoneLabel();
        Span resets = zoneLabel();
        assertThat(joined.getText()).isEqualTo("Z");
        assertThat(resets.getText()).isEqualTo("Z");

        List<PendingJavaScriptInvocation> asked = requestsForBrowserDetails();
        assertThat(asked).as("one request to the browser for both parts").hasSize(1);
        asked.getFirst().complete(browserDetails("Asia/Tokyo"));

        assertThat(joined.getText()).isEqualTo("Asia/Tokyo");
        assertThat(resets.getText()).isEqualTo("Asia/Tokyo");
    }

    @Test
    void onceTheDetailsAreKnownAPartIsShownOnceAndNothingMoreIsAsked() {
        zoneLabel();
        requestsForBrowserDetails().getFirst().complete(browserDetails("Europe/Berlin"));

        AtomicInteger shown = new AtomicInteger();
        Span later = new Span();
        ui.add(later);
        UserTime.whenKnown(later, () -> later.setText(UserTime.of(later).zone().getId() + " " + shown.incrementAndGet()));

        assertThat(later.getText()).isEqualTo("Europe/Berlin 1");
        assertThat(requestsForBrowserDetails()).isEmpty();
    }

    private Span zoneLabel() {
        Span label = new Span();
        ui.add(label);
        UserTime.whenKnown(label, () -> label.setText(UserTime.of(label).zone().getId()));
        return label;
    }

    private List<PendingJavaScriptInvocation> requestsForBrowserDetails() {
        return ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(call -> call.getInvocation().getExpression().contains("getBrowserDetailsParameters"))
                .toList();
    }

    private static ObjectNode browserDetails(String zoneId) {
        ObjectNode details = JacksonUtils.createObjectNode();
        details.put("v-sw", "390");
        details.put("v-sh", "844");
        details.put("v-tzid", zoneId);
        details.put("v-tzo", "-540");
        details.put("v-rtzo", "-540");
        details.put("v-dstd", "0");
        details.put("v-dston", "false");
        details.put("v-curdate", String.valueOf(System.currentTimeMillis()));
        return details;
    }
}
