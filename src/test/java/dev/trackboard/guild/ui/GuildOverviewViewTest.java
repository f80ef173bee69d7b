package dev.trackboard.guild.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.trackboard.testing.Demo.ACME;
import static dev.trackboard.testing.Demo.NIMBUS;
import static dev.trackboard.testing.Demo.ORBIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import dev.trackboard.api.guild.GuildSummary;
import dev.trackboard.base.ui.Breadcrumb;
import dev.trackboard.testing.KaribuTest;
import org.junit.jupiter.api.Test;

class GuildOverviewViewTest extends KaribuTest {

    @Test
    void showsTheGuildAndWhatTheApiKnowsOfIt() {
        signIn("alice");

        navigate("guilds/" + ACME);

        assertThat(_get(H1.class, spec -> spec.withId("guild-name")).getText()).isEqualTo("Acme Creators");
        String page = _get(GuildOverviewView.class).getElement().getTextRecursively();
        assertThat(page).contains("12,840", "Owner", "Bot joined", "tracked-posts", "Moderator");
        assertThat(_get(Breadcrumb.class).getElement().getTextRecursively())
                .isEqualTo("ServersAcme CreatorsOverview");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Acme Creators · Overview · Trackboard");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSwitcherListsOpenableGuildsAndKeepsTheScreen() {
        signIn("alice");
        navigate("guilds/" + ACME);
        ComboBox<GuildSummary> switcher = _get(ComboBox.class, spec -> spec.withId("guild-switcher"));

        assertThat(ComboBoxKt.getSuggestionItems(switcher)).extracting(g -> g.id().value())
                .containsExactly(ACME, NIMBUS, ORBIT);
        assertThat(switcher.getValue().id().value()).isEqualTo(ACME);

        assertThat(switcher.isAllowCustomValue()).isFalse();
        ComboBoxKt.selectByLabel(switcher, "Nimbus Studio");
        settle();

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("guilds/" + NIMBUS);
        assertThat(_get(H1.class, spec -> spec.withId("guild-name")).getText()).isEqualTo("Nimbus Studio");
    }
}
