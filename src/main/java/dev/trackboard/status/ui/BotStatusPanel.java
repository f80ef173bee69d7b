package dev.trackboard.status.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.status.BotStatus;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.FactTile;
import dev.trackboard.base.ui.LoadedSection;
import dev.trackboard.base.ui.UserTime;
import dev.trackboard.status.BotStatusService;
import dev.trackboard.status.StatusUpdate;
import java.time.Duration;
import java.time.Instant;

/** The overview's status panel: live badge, the bot's vital signs, and the 24 h uptime bar. */
final class BotStatusPanel extends LiveStatusComponent {

    private final Div notice = new Div();
    private final Span heartbeat = value("status-heartbeat");
    private final Span latency = value("status-latency");
    private final Span version = value("status-version");
    private final Span shard = value("status-shard");
    private final Span uptime = value("status-uptime");
    private final Span since = value("status-since");
    private final Span lastError = value("status-last-error");
    private final UptimeBar uptimeBar = new UptimeBar();
    private BotStatus shown;

    BotStatusPanel(GuildId guildId, BotStatusService service, Background background) {
        super(guildId, service);
        addClassNames("tb-card", "tb-status-panel");
        setId(OverviewSections.STATUS_PANEL);
        BotStatusBadge badge = new BotStatusBadge(guildId, service);
        badge.setId("overview-status-badge");
        Div title = new Div(new H2(getTranslation("status.panel.title")), badge);
        title.addClassName("tb-card-title");
        notice.addClassName("tb-status-notice");
        notice.setVisible(false);
        notice.getElement().setAttribute("aria-live", "polite");
        Div error = fact("status.lastError", lastError);
        error.addClassName("tb-fact-wide");
        Div facts = new Div(fact("status.heartbeat", heartbeat), fact("status.latency", latency),
                fact("status.uptime", uptime), fact("status.since", since), fact("status.version", version),
                fact("status.shard", shard), error);
        facts.addClassName("tb-facts");
        H2 uptimeTitle = new H2(getTranslation("status.uptime.title"));
        uptimeTitle.addClassName("tb-subheading");
        UserTime.whenKnown(this, () -> {
            if (shown != null) {
                showDetails(shown); // the first status may have arrived before the browser said where it is
            }
        });
        add(title, notice, facts, uptimeTitle, new LoadedSection<>(background, () -> service.history(guildId),
                history -> {
                    uptimeBar.show(history);
                    return uptimeBar;
                }));
    }

    @Override
    protected void show(StatusUpdate update) {
        notice.setVisible(update.freshness() != StatusUpdate.Freshness.LIVE);
        notice.setText(getTranslation("status.notice." + update.freshness().name()));
        BotStatus status = update.status();
        if (status != null) {
            showDetails(status);
            uptimeBar.extend(status.state(), status.changedAt());
        }
    }

    private void showDetails(BotStatus status) {
        shown = status;
        UserTime time = UserTime.of(this);
        heartbeat.setText(orNone(time.time(status.lastHeartbeatAt())));
        latency.setText(status.latencyMs() == null ? none() : getTranslation("status.latency.value", status.latencyMs()));
        version.setText(status.version());
        shard.setText(getTranslation("status.shard.value", status.shard() + 1, status.shardCount()));
        uptime.setText(status.onlineSince() == null ? getTranslation("status.uptime.none")
                : duration(Duration.between(status.onlineSince(), status.observedAt() == null ? Instant.now()
                        : status.observedAt())));
        since.setText(orNone(time.dateTime(status.changedAt())));
        lastError.setText(status.lastError() == null ? getTranslation("status.lastError.none")
                : status.lastErrorAt() == null ? status.lastError()
                : getTranslation("status.lastError.at", status.lastError(), time.dateTime(status.lastErrorAt())));
    }

    private String orNone(String formatted) {
        return formatted.isEmpty() ? none() : formatted;
    }

    private String none() {
        return getTranslation("value.none");
    }

    private String duration(Duration duration) {
        if (duration.toDays() > 0) {
            return getTranslation("status.duration.days", duration.toDays(), duration.toHoursPart());
        }
        if (duration.toHours() > 0) {
            return getTranslation("status.duration.hours", duration.toHours(), duration.toMinutesPart());
        }
        return getTranslation("status.duration.minutes", Math.max(0, duration.toMinutes()));
    }

    private FactTile fact(String key, Span value) {
        return new FactTile(getTranslation(key), value);
    }

    private Span value(String id) {
        Span value = new Span(none());
        value.setId(id);
        return value;
    }
}
