package dev.trackboard.status.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.status.GuildUsage;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.LoadedSection;
import dev.trackboard.base.ui.UserTime;
import dev.trackboard.status.BotStatusService;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The status part of a guild's overview: live status panel with the 24 h uptime bar, health
 * warnings, usage charts for 30 days and the quota. Each part loads itself in the background once
 * shown, and one the API could not deliver says so and tries again by itself.
 */
public class GuildStatusOverview extends Div {

    /** {@code settings}: its summary card goes under the health card, and warnings open its settings. */
    public GuildStatusOverview(GuildId guildId, BotStatusService service, Background background,
                               SettingsEntry settings) {
        addClassName("tb-status-overview");
        LoadedSection<?> health = new LoadedSection<>(background, () -> service.health(guildId),
                warnings -> new HealthWarnings(guildId, service, settings, warnings));
        health.addClassName("tb-health-slot");
        Div side = new Div(health);
        side.add(settings.summaryCard(guildId));
        side.addClassName("tb-overview-side");
        Div top = new Div(new BotStatusPanel(guildId, service, background), side);
        top.addClassName("tb-overview-row");
        LoadedSection<?> usage = new LoadedSection<>(background, () -> service.usage(guildId), this::usage);
        usage.addClassName("tb-overview-usage");
        add(top, usage);
    }

    private Component usage(GuildUsage usage) {
        Div card = new Div(new H2(getTranslation("usage.title", BotStatusService.USAGE_DAYS)));
        card.setId(OverviewSections.USAGE);
        card.addClassNames("tb-card", "tb-usage");
        Div charts = new Div(
                new UsageChart("chart-posts", "usage.posts.title", "usage.posts.unit", "tb-bar-posts", usage.days(),
                        GuildUsage.Day::postsTracked),
                new UsageChart("chart-notifications", "usage.notifications.title", "usage.notifications.unit",
                        "tb-bar-notifications", usage.days(), GuildUsage.Day::notificationsSent));
        charts.addClassName("tb-charts");
        card.add(new QuotaBar(usage.quota()), charts);
        Paragraph utc = new Paragraph(getTranslation("usage.utcDays"));
        utc.addClassName("tb-muted");
        card.add(utc); // the API counts per UTC day; a user elsewhere would otherwise misread "today"
        UserTime.whenKnown(this, () -> utc.setVisible(
                !UserTime.of(this).zone().getRules().getOffset(Instant.now()).equals(ZoneOffset.UTC)));
        return card;
    }
}
