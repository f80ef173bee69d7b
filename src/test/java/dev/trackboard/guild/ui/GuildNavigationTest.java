package dev.trackboard.guild.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.trackboard.testing.Demo.ACME;
import static dev.trackboard.testing.Demo.NIMBUS;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import dev.trackboard.api.guild.GuildSummary;
import dev.trackboard.base.ui.AppIcon;
import dev.trackboard.testing.KaribuTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The guild's side navigation and the guild switcher: typed links, the section and its query kept. */
class GuildNavigationTest extends KaribuTest {

    @BeforeEach
    void signInAlice() {
        signIn("alice");
    }

    @Test
    void theSideNavListsTheGuildsSectionsInOrderWithLinksIntoThatGuild() {
        navigate("guilds/" + NIMBUS + "/tracking/brands");

        List<SideNavItem> items = _get(SideNav.class, spec -> spec.withId("guild-nav")).getItems();

        assertThat(items).extracting(SideNavItem::getLabel).containsExactly("Overview", "Accounts", "Posts", "Brands", "Settings",
                "Audit log", "Exports");
        assertThat(items).extracting(SideNavItem::getPath).containsExactly("guilds/" + NIMBUS,
                "guilds/" + NIMBUS + "/tracking/accounts", "guilds/" + NIMBUS + "/tracking/posts",
                "guilds/" + NIMBUS + "/tracking/brands", "guilds/" + NIMBUS + "/settings",
                "guilds/" + NIMBUS + "/audit", "guilds/" + NIMBUS + "/exports");
    }

    @Test
    void switchingGuildKeepsTheSectionAndItsFiltersButDropsTheFirstGuildsIds() {
        navigate("guilds/" + ACME + "/tracking/posts",
                QueryParameters.fromString("q=launch&platform=x&account=1001&brand=7&sort=likes&dir=asc"));

        switchTo("Nimbus Studio");

        Location now = UI.getCurrent().getActiveViewLocation();
        assertThat(now.getPath()).isEqualTo("guilds/" + NIMBUS + "/tracking/posts");
        assertThat(now.getQueryParameters().getParameters()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "q", List.of("launch"), "platform", List.of("x"), "sort", List.of("likes"), "dir", List.of("asc")));
        assertThat(_get(TextField.class, spec -> spec.withId("post-search")).getValue()).isEqualTo("launch");
    }

    @Test
    void theQueryKeptIsTheOneTheAddressBarShowsAfterTheUserChangedAFilter() {
        navigate("guilds/" + ACME + "/tracking/accounts");
        _setValue(_get(TextField.class, spec -> spec.withId("account-search")), "aurora");

        switchTo("Nimbus Studio");

        Location now = UI.getCurrent().getActiveViewLocation();
        assertThat(now.getPath()).isEqualTo("guilds/" + NIMBUS + "/tracking/accounts");
        assertThat(now.getQueryParameters().getParameters()).containsEntry("q", List.of("aurora"));
        assertThat(_get(TextField.class, spec -> spec.withId("account-search")).getValue()).isEqualTo("aurora");
    }

    @Test
    void aScreenOutsideTheSideNavCountsAsTheOverviewWhenSwitching() {
        GuildSections sections = new GuildSections(List.of(GuildNavigation.OVERVIEW, GuildSection.of(
                GuildPickerView.class, "nav.guilds", AppIcon.GRID_BIG, "brand")));

        assertThat(sections.of(GuildPickerView.class).guildObjectParameters()).containsExactly("brand");
        assertThat(sections.of(GuildLayoutless.class)).isEqualTo(GuildNavigation.OVERVIEW);
    }

    /** A screen in no section. */
    private static final class GuildLayoutless extends Div {
    }

    @SuppressWarnings("unchecked")
    private void switchTo(String guildName) {
        ComboBox<GuildSummary> switcher = _get(ComboBox.class, spec -> spec.withId("guild-switcher"));
        ComboBoxKt.selectByLabel(switcher, guildName);
        settle();
    }
}
