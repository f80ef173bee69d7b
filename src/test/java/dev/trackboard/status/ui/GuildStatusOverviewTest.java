package dev.trackboard.status.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.trackboard.testing.Demo.ACME;
import static dev.trackboard.testing.Demo.NIMBUS;
import static dev.trackboard.testing.Demo.ORBIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.status.GuildUsage;
import dev.trackboard.api.status.HealthWarning;
import dev.trackboard.embedded.TestHttp;
import dev.trackboard.status.BotStatusBroadcaster;
import dev.trackboard.status.BotStatusService;
import dev.trackboard.testing.KaribuTest;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The overview's status part and the live badges, against the real embedded API and its status stream. */
class GuildStatusOverviewTest extends KaribuTest {

    @Autowired
    BotStatusBroadcaster broadcaster;
    @Autowired
    BotStatusService status;

    @AfterEach
    void backOnline() {
        force(ACME, "ONLINE");
        force(NIMBUS, "ONLINE");
    }

    @Test
    void acmesOverviewShowsStatusUptimeUsageQuotaAndHealth() {
        signIn("alice");
        navigate("guilds/" + ACME);

        // the panel shows the live status the simulated bot reports
        awaitUi(() -> "ONLINE".equals(state("overview-status-badge")));
        assertThat(text("status-version")).isEqualTo("3.8.2");
        assertThat(text("status-shard")).matches("[12] of 2");
        // 24 hours of history: the seeded day has an outage or two between online stretches
        Component uptime = _get(Component.class, spec -> spec.withId("uptime-bar"));
        assertThat(_find(uptime, Component.class, spec -> spec.withClasses("tb-uptime-piece")).size()).isGreaterThan(1);
        assertThat(_find(uptime, Component.class, spec -> spec.withClasses("tb-state-online"))).isNotEmpty();
        // a bar per day, and totals that agree with what the API says (the API's own consistency: BotStatusApiTest)
        GuildUsage usage = status.usage(new GuildId(ACME));
        assertThat(bars("chart-posts", "tb-bar-posts")).isEqualTo(usage.days().size()).isEqualTo(BotStatusService.USAGE_DAYS);
        assertThat(chartTotal("chart-posts")).isEqualTo(total(usage.days().stream().mapToLong(GuildUsage.Day::postsTracked).sum()))
                .isNotEqualTo(total(0));
        assertThat(chartTotal("chart-notifications"))
                .isEqualTo(total(usage.days().stream().mapToLong(GuildUsage.Day::notificationsSent).sum()));
        assertThat(text("quota-text")).startsWith(String.format(Locale.ENGLISH, "%,d of %,d posts tracked this month",
                usage.quota().used(), usage.quota().limit()));
        Component health = _get(Component.class, spec -> spec.withId("health-warnings"));
        assertThat(_find(health, Component.class, spec -> spec.withClasses("tb-health-item")))
                .extracting(item -> item.getElement().getAttribute("data-code")).containsExactly("BOT_MISSING_PERMISSION");
        assertThat(badge("header-status-badge").getElement().getAttribute("data-guild")).isEqualTo(ACME);
    }

    @Test
    void aForcedOutageReachesTheOpenOverviewWithoutReloadAndOtherGuildsDoNot() {
        signIn("alice");
        navigate("guilds/" + ACME);
        awaitUi(() -> "ONLINE".equals(state("overview-status-badge")));

        force(NIMBUS, "DEGRADED");
        force(ACME, "OFFLINE");

        awaitUi(() -> "OFFLINE".equals(state("overview-status-badge")) && "OFFLINE".equals(state("header-status-badge")));
        assertThat(_get(Component.class, spec -> spec.withId("status-uptime")).getElement().getText())
                .contains("offline");
        assertThat(badge("overview-status-badge").getElement().getAttribute("data-fresh")).isEqualTo("true");

        force(ACME, "ONLINE");
        awaitUi(() -> "ONLINE".equals(state("overview-status-badge")));
        assertThat(_find(Component.class, spec -> spec.withClasses("bot-status-badge")))
                .allSatisfy(badge -> assertThat(badge.getElement().getAttribute("data-guild")).isEqualTo(ACME))
                .noneMatch(badge -> "DEGRADED".equals(badge.getElement().getAttribute("data-state")));
    }

    @Test
    void leavingTheGuildUnsubscribesItsBadges() {
        signIn("alice");
        GuildId acme = new GuildId(ACME);
        int before = broadcaster.subscribers(acme);
        navigate("guilds/" + ACME);
        int onAcme = broadcaster.subscribers(acme);
        assertThat(onAcme - before).isEqualTo(4); // header badge, panel, panel's badge, health card's bot line

        navigate("guilds/" + ORBIT);

        assertThat(broadcaster.subscribers(acme)).isEqualTo(before);
        assertThat(broadcaster.subscribers(new GuildId(ORBIT))).isGreaterThanOrEqualTo(3);
    }

    @Test
    void thePickerShowsALiveBadgeOnEveryOpenableCard() {
        signIn("alice");
        navigate("");

        assertThat(_find(Component.class, spec -> spec.withClasses("bot-status-badge")))
                .extracting(badge -> badge.getElement().getAttribute("data-guild"))
                .containsExactlyInAnyOrder(ACME, NIMBUS, ORBIT);
        awaitUi(() -> _find(Component.class, spec -> spec.withClasses("bot-status-badge")).stream()
                .allMatch(badge -> "ONLINE".equals(badge.getElement().getAttribute("data-state"))));
    }

    @Test
    void eachSetupWarningOffersAnActionThatOpensTheSettingThatFixesIt() {
        signIn("alice");
        navigate("guilds/" + ACME);

        ListItem permission = warning("BOT_MISSING_PERMISSION");
        assertThat(permission.getElement().getTextRecursively())
                .contains("missing the Embed Links permission in #creator-collabs").doesNotContain("BOT_MISSING");
        _click(_get(permission, Button.class));
        settle();
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("guilds/" + ACME + "/settings?field=notificationChannelId");

        navigate("guilds/" + ORBIT);
        ListItem channel = warning("NOTIFICATION_CHANNEL_MISSING");
        assertThat(channel.getElement().getTextRecursively()).contains("No notification channel is set");
        _click(_get(channel, Button.class));
        settle();
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("guilds/" + ORBIT + "/settings?field=notificationChannelId");
    }

    @Test
    void quotaWarningsLeadToUsageAndUnknownCodesToTheBotStatus() {
        HealthWarnings warnings = new HealthWarnings(new GuildId(ACME), null, null, List.of(
                new HealthWarning("QUOTA_EXCEEDED", "ERROR", null, null, null),
                new HealthWarning("SOMETHING_NEW", "WARNING", null, null, null)));

        assertThat(HealthAction.forWarning(new HealthWarning("QUOTA_NEARLY_USED", "WARNING", null, null, null)).sectionIds())
                .containsExactly(OverviewSections.USAGE);
        assertThat(_find(warnings, ListItem.class, spec -> spec.withClasses("tb-health-item")))
                .extracting(item -> item.getElement().getAttribute("data-code"))
                .containsExactly("QUOTA_EXCEEDED", "SOMETHING_NEW");
        assertThat(warnings.getElement().getTextRecursively()).doesNotContain("SOMETHING_NEW")
                .contains("cannot describe yet", "Show usage and quota", "Show bot status");
    }

    @Test
    void anOfflineBotIsAHealthWarningWithTheStatusPanelAsItsAction() {
        signIn("alice");
        navigate("guilds/" + NIMBUS);
        Component card = _get(Component.class, spec -> spec.withId("health-warnings"));
        Component allWell = descendant(card, "tb-health-ok");
        Component botLine = OverviewSections.find(card, "health-bot-state").orElseThrow();
        awaitUi(() -> "ONLINE".equals(state("overview-status-badge")));
        assertThat(allWell.isVisible()).isTrue();
        assertThat(botLine.getParent().orElseThrow().isVisible()).isFalse();

        force(NIMBUS, "OFFLINE");

        awaitUi(() -> !allWell.isVisible());
        assertThat(botLine.getParent().orElseThrow().isVisible()).isTrue();
        assertThat(botLine.getElement().getTextRecursively()).contains("The bot is offline in this server");
        _click(_get(botLine, Button.class));
        assertThat(jumpedTo()).containsExactly(OverviewSections.STATUS_PANEL);

        force(NIMBUS, "ONLINE");
        awaitUi(allWell::isVisible);
        assertThat(botLine.getParent().orElseThrow().isVisible()).isFalse();
    }

    /** The first component under {@code root} with the class, shown or not (Karibu's lookups skip hidden ones). */
    private static Component descendant(Component root, String className) {
        if (root.getElement().getClassList().contains(className)) {
            return root;
        }
        return root.getChildren().map(child -> descendant(child, className)).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    private static ListItem warning(String code) {
        return _get(ListItem.class, spec -> spec.withAttribute("data-code", code));
    }

    /** The ids of what the last action scrolled to (marked for the eye). */
    private static List<String> jumpedTo() {
        return _find(Component.class, spec -> spec.withClasses(OverviewSections.JUMPED_TO)).stream()
                .map(component -> component.getId().orElse("?")).toList();
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getText();
    }

    private static int bars(String chartId, String barClass) {
        Component chart = _get(Component.class, spec -> spec.withId(chartId));
        String svg = _get(chart, Svg.class).getElement().getProperty("innerHTML", "");
        return svg.split("class=\"" + barClass, -1).length - 1;
    }

    private static String chartTotal(String chartId) {
        Component chart = _get(Component.class, spec -> spec.withId(chartId));
        return _get(chart, Span.class, spec -> spec.withClasses("tb-chart-total")).getText();
    }

    private static String total(long sum) {
        return String.format(Locale.ENGLISH, "%,d in total", sum);
    }

    private static Component badge(String id) {
        return _get(Component.class, spec -> spec.withId(id));
    }

    private static String state(String id) {
        return badge(id).getElement().getAttribute("data-state");
    }

    /** Lets the pushed status changes reach the UI until the condition holds (KaribuSupport's wait, which fails after a while). */
    private void awaitUi(BooleanSupplier condition) {
        awaitUi("the status badges and warnings to show the forced state", condition);
    }

    private void force(String guildId, String state) {
        int status = new TestHttp(port()).postJson("/embedded/bot/" + guildId + "/status",
                "{\"state\":\"" + state + "\"}").statusCode();
        assertThat(status).isEqualTo(204);
    }
}
