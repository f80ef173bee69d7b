package dev.trackboard.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinServletRequest;
import dev.trackboard.api.ApiUser;
import dev.trackboard.api.TestApiSessions;
import dev.trackboard.embedded.EmbeddedAppTest;
import dev.trackboard.security.DiscordUser;
import dev.trackboard.security.TestPrincipals;
import dev.trackboard.testing.Demo;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.test.context.TestPropertySource;

/** With the tracking service unreachable, pages say so in plain words and try again by themselves. */
@EmbeddedAppTest
@TestPropertySource(properties = "trackboard.api.base-url=http://127.0.0.1:9/api/v1")
class ServiceTroubleViewTest {

    @Autowired
    private ApplicationContext context;

    @BeforeEach
    void signedInWhileTheApiIsDown() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(new Routes().autoDiscoverViews("dev.trackboard"), context, uiFactory));
        DiscordUser alice = TestPrincipals.of(TestApiSessions.of("s", new ApiUser(Demo.ALICE, "alice", "Alice", null), "a", "r"));
        var authentication = new OAuth2AuthenticationToken(alice, alice.getAuthorities(), "discord");
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> List.of("USER", "ROLE_USER").contains(role));
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
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
