package dev.trackboard.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.trackboard.testing.Demo.ACME;
import static dev.trackboard.testing.Demo.LUMEN;
import static dev.trackboard.testing.Demo.MISSING;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.router.RouterLink;
import dev.trackboard.testing.KaribuTest;
import org.junit.jupiter.api.Test;

/**
 * The not-found page keeps a signed-in user in the app shell, and a forbidden guild differs from a
 * missing one in nothing. (An unknown path is no route at all: the server answers it, see
 * SignInFlowTest; Karibu hands such a path to the client router.)
 */
class ErrorPageLayoutTest extends KaribuTest {

    @Test
    void aSignedInUserGetsTheNotFoundPageInsideTheShell() {
        signIn("alice");

        navigate("guilds/" + MISSING);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(_find(MainLayout.class)).hasSize(1);
        assertThat(_find(PublicLayout.class)).isEmpty();
        assertThat(_get(UserMenu.class).getItems().getFirst().getSubMenu().getItems())
                .anyMatch(item -> "sign-out".equals(item.getId().orElse(null)));
        assertThat(_get(Breadcrumb.class).getElement().getTextRecursively()).isEqualTo("ServersPage not found");
        assertThat(_get(RouterLink.class, spec -> spec.withText("Back to your servers")).getHref()).isEmpty();
    }

    @Test
    void aGuildAliceMayNotOpenLooksExactlyLikeOneThatDoesNotExist() {
        signIn("alice");
        navigate("guilds/" + ACME + "/tracking/posts"); // a guild of hers first: nothing of it may stay behind

        navigate("guilds/" + LUMEN + "/tracking/posts"); // she is a plain member there
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(_find(MainLayout.class)).hasSize(1);
        assertThat(_find(ComboBox.class, spec -> spec.withId("guild-switcher"))).isEmpty();
        assertThat(_find(SideNav.class, spec -> spec.withId("guild-nav"))).isEmpty();
        String forbidden = _get(ErrorPageLayout.class).getElement().getTextRecursively();

        navigate("guilds/" + MISSING + "/tracking/posts");
        String missing = _get(ErrorPageLayout.class).getElement().getTextRecursively();

        assertThat(forbidden).contains("Page not found", "Servers").doesNotContain("Acme", "Lumen")
                .isEqualTo(missing);
    }

    @Test
    void nobodySignedInGetsThePublicFrame() {
        ErrorPageLayout frame = Instantiator.get(UI.getCurrent()).createComponent(ErrorPageLayout.class);

        assertThat(frame.getChildren()).singleElement().isInstanceOf(PublicLayout.class);
    }
}
