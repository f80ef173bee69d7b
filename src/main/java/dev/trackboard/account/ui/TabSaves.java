package dev.trackboard.account.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import dev.trackboard.api.preferences.Preferences;
import java.io.Serializable;

/**
 * One tab's preference saves: at most one PUT in flight. Every PUT replaces all three choices, so
 * two at once could be answered (and stored) in either order; a change made meanwhile waits, only
 * the latest one, and goes out when the answer is back. While saves are under way the tab keeps
 * the newest preferences the API is known to hold (its own answers, saves heard from other tabs)
 * and shows them once the last answer is in. Touched only under the tab's session lock.
 */
final class TabSaves implements Serializable {

    /** A change waiting for the save in flight, and who hears how it ends. */
    record Waiting(Preferences next, SaveOutcome outcome) implements Serializable {
    }

    private boolean inFlight;
    private Waiting waiting;
    private Preferences sent;
    private Preferences confirmed;

    static TabSaves of(UI ui) {
        TabSaves saves = ComponentUtil.getData(ui, TabSaves.class);
        if (saves == null) {
            saves = new TabSaves();
            ComponentUtil.setData(ui, TabSaves.class, saves);
        }
        return saves;
    }

    /**
     * Heard a save while this tab's own are under way: kept, if newer, for when they end (applied
     * now it would show an older answer over the tab's newer choice). False when none is under way.
     */
    static boolean absorbs(UI ui, Preferences saved) {
        TabSaves saves = ComponentUtil.getData(ui, TabSaves.class);
        if (saves == null || !saves.inFlight) {
            return false;
        }
        saves.heard(saved);
        return true;
    }

    boolean inFlight() {
        return inFlight;
    }

    /** The choices a new change builds on: the latest asked for, or else what the tab shows. */
    Preferences latest(Preferences shown) {
        if (waiting != null) {
            return waiting.next();
        }
        return inFlight ? sent : shown;
    }

    /** The first save of a round; {@code shown} is what the API is known to hold until an answer. */
    void start(Preferences next, Preferences shown) {
        inFlight = true;
        sent = next;
        confirmed = shown;
    }

    /** A change while one is in flight: it replaces any change already waiting. */
    void queue(Preferences next, SaveOutcome outcome) {
        waiting = new Waiting(next, outcome);
    }

    /** The waiting change, now being sent; null if none. */
    Waiting sendWaiting() {
        Waiting next = waiting;
        waiting = null;
        if (next != null) {
            sent = next.next();
        }
        return next;
    }

    void heard(Preferences saved) {
        if (confirmed == null || PreferencesHookup.newerThanShown(confirmed, saved)) {
            confirmed = saved;
        }
    }

    /** The round is over: answers what the API is known to hold now. */
    Preferences finish() {
        inFlight = false;
        waiting = null;
        sent = null;
        return confirmed;
    }
}
