package dev.trackboard.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import dev.trackboard.api.ApiUser;
import dev.trackboard.api.TestApiSessions;
import dev.trackboard.security.TestPrincipals;
import dev.trackboard.testing.Demo;
import dev.trackboard.testing.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** With the tracking service unreachable, pages say so in plain words and try again by themselves. */
@TestPropertySource(properties = "trackboard.api.base-url=http://127.0.0.1:9/api/v1")
class ServiceTroubleViewTest extends KaribuTest {

    @BeforeEach
    void signedInWhileTheApiIsDown() {
        signIn(TestPrincipals.of(TestApiSessions.of("s", new ApiUser(Demo.ALICE, "alice", "Alice", null), "a", "r")));
    }

    @Test
    void thePickerShowsAFriendlyPageThatRetriesByItself() {
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        UI.getCurrent().navigate("");

        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .anySatisfy(js -> assertThat(js.getInvocation().getExpression()).contains("location.reload()"));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ServiceTroubleView.class);
        assertThat(((ServiceTroubleView) UI.getCurrent().getCurrentView()).getElement().getTextRecursively())
                .contains("not answering").doesNotContain("Exception").doesNotContain("127.0.0.1");
        assertThat(_get(Button.class, spec -> spec.withId("retry")).isEnabled()).isTrue();
    }

    @Test
    void aGuildPageDoesTheSameInsteadOfClaimingTheGuildIsMissing() {
        UI.getCurrent().navigate("guilds/" + Demo.ACME);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ServiceTroubleView.class);
    }
}
