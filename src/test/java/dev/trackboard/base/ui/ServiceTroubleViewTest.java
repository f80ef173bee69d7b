package dev.trackboard.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import dev.trackboard.faults.FaultyApiProxy;
import dev.trackboard.faults.ProductionDashboardTest;
import dev.trackboard.guild.ui.GuildPickerView;
import dev.trackboard.testing.Demo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With the tracking service unreachable, screens say so in plain words, never a trace or an
 * address, and keep trying by themselves (recovery itself: ApiFaultsTest). Signed in while the API
 * answered; then every call finds it down. On the fault suite's dashboard, so no context of its own.
 */
class ServiceTroubleViewTest extends ProductionDashboardTest {

    @BeforeEach
    void theApiGoesDown() {
        proxy().fail(FaultyApiProxy.Fault.DOWN, path -> true);
    }

    @Test
    void thePickerSaysTheServiceIsNotAnsweringAndThatItTriesAgain() {
        navigate("");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(GuildPickerView.class);
        String page = _get(GuildPickerView.class).getElement().getTextRecursively();
        assertThat(page).contains("not answering", "tries again by itself")
                .doesNotContain("Exception").doesNotContain("127.0.0.1").doesNotContain("You manage no servers");
    }

    @Test
    void aGuildPageSaysTheSameInsteadOfClaimingTheGuildIsMissing() {
        navigate("guilds/" + Demo.ACME);

        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("GuildOverviewView");
        assertThat(_get(Div.class, spec -> spec.withId("guild-pending")).getElement().getTextRecursively())
                .contains("not answering", "tries again by itself").doesNotContain("Page not found");
    }
}
