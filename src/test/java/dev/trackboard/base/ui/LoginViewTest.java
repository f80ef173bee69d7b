package dev.trackboard.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import dev.trackboard.security.LastAccount;
import dev.trackboard.testing.KaribuTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {

    @Test
    void aFirstVisitOffersDiscordSignIn() {
        navigate("login");

        Anchor signIn = _get(Anchor.class, spec -> spec.withId("sign-in-with-discord"));
        assertThat(signIn.getHref()).isEqualTo("/oauth2/authorization/discord");
        assertThat(signIn.getElement().getTextRecursively()).isEqualTo("Sign in with Discord");
        assertThat(_find(Anchor.class, spec -> spec.withId("use-another-account"))).isEmpty();
    }

    @Test
    void aReturningBrowserIsToldWhichAccountWillBeUsedAndOfferedAnother() {
        ((FakeRequest) VaadinServletRequest.getCurrent().getRequest())
                .addCookie(new Cookie(LastAccount.COOKIE, "Alice%20Lindqvist"));

        navigate("login");

        assertThat(_get(Anchor.class, spec -> spec.withId("sign-in-with-discord")).getElement().getTextRecursively())
                .isEqualTo("Continue as Alice Lindqvist");
        assertThat(_get(Anchor.class, spec -> spec.withId("use-another-account")).getHref())
                .isEqualTo("/oauth2/authorization/discord?prompt=consent");
    }

    @Test
    void aFailedSignInSaysSoWithoutDetails() {
        navigate("login", QueryParameters.of("error", ""));

        String text = UI.getCurrent().getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains("Sign-in did not complete").doesNotContain("Exception");
    }

    @Test
    void afterSignOutTheSignInPageSaysSoWithoutRepeatingTheAddress() {
        navigate("login", QueryParameters.fromString("signedOut=%3Cb%3Egotcha%3C%2Fb%3E"));

        Div notice = _get(Div.class, spec -> spec.withClasses("tb-login-notice"));
        assertThat(notice.getText()).isEqualTo("You have signed out.");
        assertThat(UI.getCurrent().getCurrentView().getElement().getTextRecursively()).doesNotContain("gotcha");
    }

    @Test
    void aSessionThatEndedIsStillSaidToHaveEnded() {
        navigate("login", QueryParameters.of("expired", ""));

        assertThat(_get(Div.class, spec -> spec.withClasses("tb-login-notice")).getText())
                .isEqualTo("Your session ended. Please sign in again.");
    }

    @Test
    void theEmbeddedDemoIsAnnounced() {
        navigate("login");

        assertThat(UI.getCurrent().getCurrentView().getElement().getTextRecursively()).contains("Embedded demo");
    }
}
