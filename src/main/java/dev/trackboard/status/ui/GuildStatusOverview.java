package dev.trackboard.status.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.GuildUsage;
import dev.trackboard.api.HealthWarning;
import dev.trackboard.api.StatusSegment;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.status.BotStatusService;
import java.util.List;
import java.util.function.Supplier;

/**
 * The status part of a guild's overview: live status panel with the 24 h uptime bar, health
 * warnings, usage charts for 30 days and the quota. Sections the API could not deliver show a
 * friendly note and are loaded again when the live status comes back.
 */
public class GuildStatusOverview extends Div {

    private final GuildId guildId;
    private final BotStatusService service;
    private final Div healthSlot = new Div();
    private final Div usageSlot = new Div();
    private boolean incomplete;

    public GuildStatusOverview(GuildId guildId, BotStatusService service) {
        this.guildId = guildId;
        this.service = service;
        addClassName("tb-status-overview");
        List<StatusSegment> history = load(() -> service.history(guildId));
        Div top = new Div(new BotStatusPanel(guildId, service, history, this::reloadIfIncomplete), healthSlot);
        top.addClassName("tb-overview-row");
        usageSlot.addClassName("tb-overview-usage");
        add(top, usageSlot);
        fillSections();
    }

    private void fillSections() {
        incomplete = false;
        healthSlot.removeAll();
        healthSlot.add(new HealthWarnings(load(() -> service.health(guildId))));
        usageSlot.removeAll();
        usageSlot.add(usage(load(() -> service.usage(guildId))));
    }

    private Component usage(GuildUsage usage) {
        Div card = new Div(new H2(getTranslation("usage.title", BotStatusService.USAGE_DAYS)));
        card.setId("usage");
        card.addClassNames("tb-card", "tb-usage");
        if (usage == null) {
            Div missing = new Div(getTranslation("usage.unavailable"));
            missing.addClassName("tb-muted");
            card.add(missing);
            return card;
        }
        Div charts = new Div(
                new UsageChart("chart-posts", "usage.posts.title", "usage.posts.unit", "tb-bar-posts", usage.days(),
                        GuildUsage.Day::postsTracked),
                new UsageChart("chart-notifications", "usage.notifications.title", "usage.notifications.unit",
                        "tb-bar-notifications", usage.days(), GuildUsage.Day::notificationsSent));
        charts.addClassName("tb-charts");
        card.add(new QuotaBar(usage.quota()), charts);
        return card;
    }

    private void reloadIfIncomplete() {
        if (incomplete) {
            fillSections();
        }
    }

    private <T> T load(Supplier<T> call) {
        try {
            return call.get();
        } catch (TrackingApiException.Unavailable | TrackingApiException.RateLimited e) {
            incomplete = true;
            return null;
        }
    }
}
