package dev.trackboard.status.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.status.GuildUsage;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.LoadedSection;
import dev.trackboard.status.BotStatusService;

/**
 * The status part of a guild's overview: live status panel with the 24 h uptime bar, health
 * warnings, usage charts for 30 days and the quota. Each part loads itself in the background once
 * shown, and one the API could not deliver says so and tries again by itself.
 */
public class GuildStatusOverview extends Div {

    public GuildStatusOverview(GuildId guildId, BotStatusService service, Background background) {
        addClassName("tb-status-overview");
        LoadedSection<?> health = new LoadedSection<>(background, () -> service.health(guildId), HealthWarnings::new);
        health.addClassName("tb-health-slot");
        Div top = new Div(new BotStatusPanel(guildId, service, background), health);
        top.addClassName("tb-overview-row");
        LoadedSection<?> usage = new LoadedSection<>(background, () -> service.usage(guildId), this::usage);
        usage.addClassName("tb-overview-usage");
        add(top, usage);
    }

    private Component usage(GuildUsage usage) {
        Div card = new Div(new H2(getTranslation("usage.title", BotStatusService.USAGE_DAYS)));
        card.setId("usage");
        card.addClassNames("tb-card", "tb-usage");
        Div charts = new Div(
                new UsageChart("chart-posts", "usage.posts.title", "usage.posts.unit", "tb-bar-posts", usage.days(),
                        GuildUsage.Day::postsTracked),
                new UsageChart("chart-notifications", "usage.notifications.title", "usage.notifications.unit",
                        "tb-bar-notifications", usage.days(), GuildUsage.Day::notificationsSent));
        charts.addClassName("tb-charts");
        card.add(new QuotaBar(usage.quota()), charts);
        return card;
    }
}
