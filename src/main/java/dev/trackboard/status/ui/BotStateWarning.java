package dev.trackboard.status.ui;

import com.vaadin.flow.component.html.Span;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.status.BotState;
import dev.trackboard.status.BotStatusService;
import dev.trackboard.status.StatusUpdate;
import java.util.function.Consumer;

/**
 * The health card's live line for the bot itself: shown while the last known state is offline or
 * degraded (also while live updates are interrupted), hidden when the bot is online or its status
 * cannot be known. The API's health list only covers the setup, so without this line the card
 * would say "no problems" while the bot is down.
 */
final class BotStateWarning extends LiveStatusComponent {

    private final Consumer<Boolean> shown;
    private volatile BotState lastQueued;

    BotStateWarning(GuildId guildId, BotStatusService service, Consumer<Boolean> shown) {
        super(guildId, service);
        this.shown = shown;
        setId("health-bot-state");
    }

    @Override
    protected boolean changesView(StatusUpdate update) {
        BotState state = problem(update);
        if (state == lastQueued) {
            return false;
        }
        lastQueued = state;
        return true;
    }

    @Override
    protected void show(StatusUpdate update) {
        BotState state = problem(update);
        if (state != null) {
            HealthAction action = HealthAction.botStatus();
            HealthWarnings.fill(this, new Span(getTranslation("health.bot." + state.name())), action.labelKey(),
                    ui -> OverviewSections.jump(ui, action.sectionIds()), state == BotState.OFFLINE);
            getElement().setAttribute("data-code", "BOT_" + state.name());
        }
        shown.accept(state != null);
    }

    /** OFFLINE or DEGRADED when that is the last thing known of the bot, else null. */
    private static BotState problem(StatusUpdate update) {
        boolean known = update.freshness() == StatusUpdate.Freshness.LIVE
                || update.freshness() == StatusUpdate.Freshness.STALE;
        if (!known || update.status() == null) {
            return null;
        }
        BotState state = update.status().state();
        return state == BotState.OFFLINE || state == BotState.DEGRADED ? state : null;
    }
}
