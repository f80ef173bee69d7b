package dev.trackboard.guild.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.trackboard.testing.Demo.ACME;
import static dev.trackboard.testing.Demo.NIMBUS;
import static dev.trackboard.testing.Demo.ORBIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import dev.trackboard.settings.ui.SettingsSummaryCard;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import dev.trackboard.api.guild.GuildSummary;
import dev.trackboard.base.ui.Breadcrumb;
import dev.trackboard.embedded.TestHttp;
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

    @Test
    void timesFollowTheBrowsersZoneNotTheServers() {
        holdState(ACME, "ONLINE"); // no random outage moves "in this state since" between the two looks
        signIn("alice");
        browserTimeZone("Pacific/Kiritimati"); // UTC+14
        navigate("guilds/" + ACME);
        awaitUi("the status panel shows when the state began", () -> !"—".equals(text("status-since")));
        LocalDate joinedEast = LocalDate.parse(text("overview-bot-joined"), DATE);
        LocalDateTime sinceEast = LocalDateTime.parse(text("status-since"), DATE_TIME);

        browserTimeZone("Pacific/Pago_Pago"); // UTC-11, 25 hours behind: always another calendar day
        navigate("guilds/" + NIMBUS);
        navigate("guilds/" + ACME);
        awaitUi("the status panel shows when the state began", () -> !"—".equals(text("status-since")));

        assertThat(LocalDate.parse(text("overview-bot-joined"), DATE)).isEqualTo(joinedEast.minusDays(1));
        assertThat(LocalDateTime.parse(text("status-since"), DATE_TIME)).isEqualTo(sinceEast.minusHours(25));
    }

    @Test
    void theSettingsSummaryShowsTheGuildsRealSettings() {
        signIn("alice");
        navigate("guilds/" + ORBIT);

        // Orbit never saved settings: the defaults, without a notification channel
        assertThat(summaryTerms()).containsExactly("Tracking", "Notification channel", "Mention role", "Delivery");
        assertThat(summaryValues()).containsExactly("On", "None", "No mention", "Instant");
        Component card = _get(Component.class, spec -> spec.withId(SettingsSummaryCard.ID));
        assertThat(card.getElement().getTextRecursively()).doesNotContain("Not configured");

        navigate("guilds/" + ACME);
        assertThat(summaryValues()).containsExactly("On", "#creator-collabs", "@Creator", "Instant");
    }

    private List<String> summaryTerms() {
        Component card = _get(Component.class, spec -> spec.withId(SettingsSummaryCard.ID));
        return _find(card, DescriptionList.Term.class).stream().map(term -> term.getElement().getText()).toList();
    }

    private List<String> summaryValues() {
        Component card = _get(Component.class, spec -> spec.withId(SettingsSummaryCard.ID));
        return _find(card, DescriptionList.Description.class).stream()
                .map(value -> value.getElement().getText()).toList();
    }

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.ENGLISH);

    private void holdState(String guildId, String state) {
        assertThat(new TestHttp(port()).postJson("/embedded/bot/" + guildId + "/status",
                "{\"state\":\"" + state + "\"}").statusCode()).isEqualTo(204);
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getText();
    }
}
