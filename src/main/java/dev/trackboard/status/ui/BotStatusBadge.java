package dev.trackboard.status.ui;

import com.vaadin.flow.component.html.Span;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.status.BotStatus;
import dev.trackboard.status.BotStatusService;
import dev.trackboard.status.StatusUpdate;

/**
 * The bot's state in a guild as a small live badge (guild header, picker cards, overview). Stable
 * hooks for tests: class {@code bot-status-badge}, attributes {@code data-guild}, {@code data-state}
 * (ONLINE, DEGRADED, OFFLINE, UNKNOWN) and {@code data-fresh} (true, or false while stale).
 */
public class BotStatusBadge extends LiveStatusComponent {

    private final Span dot = new Span();
    private final Span label = new Span();
    /** What the last update handed to the UI looked like; heartbeats that change nothing are not pushed. */
    private volatile String lastQueued = "";

    public BotStatusBadge(GuildId guildId, BotStatusService service) {
        super(guildId, service);
        addClassName("bot-status-badge");
        getElement().setAttribute("data-guild", guildId.value());
        getElement().setAttribute("role", "status");
        dot.addClassName("tb-status-dot");
        dot.getElement().setAttribute("aria-hidden", "true");
        add(dot, label);
        show(new StatusUpdate(guildId, null, StatusUpdate.Freshness.UNAVAILABLE), true);
    }

    @Override
    protected boolean changesView(StatusUpdate update) {
        String key = (update.status() == null ? "UNKNOWN" : update.status().state().name()) + "/" + update.freshness();
        if (key.equals(lastQueued)) {
            return false;
        }
        lastQueued = key;
        return true;
    }

    @Override
    protected void show(StatusUpdate update) {
        show(update, false);
    }

    private void show(StatusUpdate update, boolean initial) {
        BotStatus status = update.status();
        String state = status == null ? "UNKNOWN" : status.state().name();
        boolean fresh = update.freshness() == StatusUpdate.Freshness.LIVE;
        getElement().setAttribute("data-state", state);
        getElement().setAttribute("data-fresh", String.valueOf(fresh));
        getElement().setAttribute("data-freshness", update.freshness().name());
        getElement().getClassList().set("tb-status-stale", !fresh && status != null);
        String text = getTranslation("status.state." + state);
        if (initial) {
            text = getTranslation("status.connecting");
        } else if (update.freshness() == StatusUpdate.Freshness.STALE) {
            text = getTranslation("status.badge.stale", text);
        } else if (update.freshness() == StatusUpdate.Freshness.UNAVAILABLE) {
            text = getTranslation("status.badge.unavailable");
        } else if (update.freshness() == StatusUpdate.Freshness.ACCESS_LOST) {
            text = getTranslation("status.badge.accessLost");
        }
        label.setText(text);
        setTitle(getTranslation("status.badge.tooltip." + update.freshness().name()));
    }
}
