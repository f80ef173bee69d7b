package dev.trackboard.guild.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.trackboard.testing.Demo.ACME;
import static dev.trackboard.testing.Demo.LUMEN;
import static dev.trackboard.testing.Demo.NIMBUS;
import static dev.trackboard.testing.Demo.ORBIT;
import static dev.trackboard.testing.Demo.QUIET;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import dev.trackboard.testing.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuildPickerViewTest extends KaribuTest {

    private static List<String> cardIds(String state) {
        return _find(Component.class, spec -> spec.withClasses("guild-card " + state)).stream()
                .map(card -> card.getId().orElseThrow().substring("guild-card-".length()))
                .toList();
    }

    private static String reasonOf(String guildId) {
        Component card = _get(Component.class, spec -> spec.withId("guild-card-" + guildId));
        return _get(card, Span.class, spec -> spec.withClasses("guild-card-reason")).getText();
    }

    @Test
    void aliceCanOpenAcmeNimbusAndOrbitAndSeesWhyNotTheOthers() {
        signIn("alice");
        navigate("");

        assertThat(cardIds("openable")).containsExactly(ACME, NIMBUS, ORBIT);
        assertThat(cardIds("disabled")).containsExactly(LUMEN, QUIET);
        assertThat(reasonOf(LUMEN)).contains("Manage Server");
        assertThat(reasonOf(QUIET)).contains("not installed");
        Component quiet = _get(Component.class, spec -> spec.withId("guild-card-" + QUIET));
        assertThat(_get(quiet, Anchor.class, spec -> spec.withClasses("guild-card-invite")).getHref())
                .contains("guild_id=" + QUIET);
        assertThat(_find(Component.class, spec -> spec.withId("no-openable-guilds"))).isEmpty();
    }

    @Test
    void bobCanOpenNimbusOnlyAndAcmeNeedsManageServer() {
        signIn("bob");
        navigate("");

        assertThat(cardIds("openable")).containsExactly(NIMBUS);
        assertThat(cardIds("disabled")).containsExactly(ACME);
        assertThat(reasonOf(ACME)).contains("Manage Server");
    }

    @Test
    void carolCanOpenNothingAndGetsAnExplanation() {
        signIn("carol");
        navigate("");

        assertThat(cardIds("openable")).isEmpty();
        assertThat(cardIds("disabled")).containsExactly(ACME, LUMEN);
        assertThat(_get(Component.class, spec -> spec.withId("no-openable-guilds")).getElement().getTextRecursively())
                .contains("Manage Server");
    }

    @Test
    void searchNarrowsTheCardsByName() {
        signIn("alice");
        navigate("");

        _setValue(_get(TextField.class, spec -> spec.withId("guild-search")), "orb");

        assertThat(cardIds("openable")).containsExactly(ORBIT);
        assertThat(cardIds("disabled")).isEmpty();
    }
}
