package dev.trackboard.status.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import dev.trackboard.api.GuildId;
import dev.trackboard.status.BotStatusBroadcaster;
import dev.trackboard.status.BotStatusService;
import dev.trackboard.status.StatusUpdate;

/**
 * Base of every component that shows live bot status: subscribes when attached, unsubscribes when
 * detached, and applies each update inside {@code ui.access} (the push goes out when it is done).
 */
abstract class LiveStatusComponent extends Div {

    protected final GuildId guildId;
    private final BotStatusService service;
    private BotStatusBroadcaster.Subscription subscription;

    LiveStatusComponent(GuildId guildId, BotStatusService service) {
        this.guildId = guildId;
        this.service = service;
    }

    /** Called on the UI thread with the session lock held. */
    protected abstract void show(StatusUpdate update);

    /**
     * Called on the delivering thread before {@code ui.access}: false skips an update that would not
     * change what this component shows (no session lock taken, no push sent).
     */
    protected boolean changesView(StatusUpdate update) {
        return true;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        subscription = service.watch(guildId, update -> {
            if (!changesView(update)) {
                return;
            }
            try {
                ui.access(() -> show(update));
            } catch (UIDetachedException gone) {
                // the tab closed between the event and the delivery; onDetach unsubscribes
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
        super.onDetach(event);
    }
}
