package dev.trackboard.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.trackboard.account.PreferencesService;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.api.preferences.Preferences;
import dev.trackboard.api.preferences.Theme;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.PreferenceChanges;
import dev.trackboard.base.ui.SessionExpiry;
import dev.trackboard.base.ui.ShownPreferences;
import dev.trackboard.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Saves the user's preferences off the session lock, one save at a time per tab ({@link TabSaves}),
 * and, once the API has them, shows them in every open tab of that user on this node (this one
 * included) through the {@link PreferencesBroadcaster}.
 */
@Component
class AccountPreferences implements PreferenceChanges {

    private final PreferencesService preferences;
    private final PreferencesBroadcaster broadcaster;
    private final Background background;
    private final CurrentUser currentUser;

    AccountPreferences(PreferencesService preferences, PreferencesBroadcaster broadcaster, Background background,
                       CurrentUser currentUser) {
        this.preferences = preferences;
        this.broadcaster = broadcaster;
        this.background = background;
        this.currentUser = currentUser;
    }

    /**
     * Saves {@code next} (all three choices), or, while a save of this tab is in flight, sends it
     * when that one is answered, unless a later change replaces it first. A new theme is shown at
     * once (it needs no answer); zone and language with the answer. Call from the UI thread.
     */
    void save(UI ui, Preferences next, SaveOutcome outcome) {
        TabSaves saves = TabSaves.of(ui);
        if (saves.inFlight()) {
            saves.queue(next, outcome);
        } else {
            saves.start(next, ShownPreferences.of(ui)); // before the theme below: what the API holds
            send(ui, saves, currentUser.require().id(), next, outcome);
        }
        if (next.theme() != ShownPreferences.of(ui).theme()) {
            ShownPreferences.showTheme(ui, next.theme());
        }
    }

    /** The choices a change made now builds on, in {@code ui}: the latest asked for, sent or not. */
    static Preferences latest(UI ui) {
        return TabSaves.of(ui).latest(ShownPreferences.of(ui));
    }

    private void send(UI ui, TabSaves saves, String userId, Preferences next, SaveOutcome outcome) {
        background.run(ui, () -> preferences.save(next), (saved, failure) -> {
            if (failure instanceof TrackingApiException.SessionEnded) {
                saves.finish();
                SessionExpiry.endAndSignIn(ui);
                return;
            }
            if (failure != null && !(failure instanceof TrackingApiException)) {
                saves.finish();
                throw failure; // a fault of ours: the error handler, not a waiting change, hears it
            }
            if (saved != null) {
                saves.heard(saved);
                broadcaster.publish(userId, saved);
            }
            TabSaves.Waiting waiting = saves.sendWaiting();
            if (waiting != null) { // the latest choice holds everything before it: its outcome decides
                send(ui, saves, userId, waiting.next(), waiting.outcome());
                return;
            }
            Preferences known = saves.finish();
            switch (failure) {
                case null -> showIfNewer(ui, known);
                case TrackingApiException.OutcomeUnknown lost -> {
                    outcome.unconfirmed(known);
                    readAgain(ui, outcome);
                }
                case TrackingApiException refused -> {
                    outcome.refused(refused, known); // first: the form compares with what it shows
                    ShownPreferences.apply(ui, known, true);
                }
                default -> throw failure;
            }
        });
    }

    /** After a lost answer: what the API holds, once it answers (retried by itself while it does not). */
    private void readAgain(UI ui, SaveOutcome outcome) {
        background.load(ui, preferences::preferences, ui::isAttached, trouble -> { }, current -> {
            if (TabSaves.absorbs(ui, current)) {
                return; // a newer change is being saved; its answer shows what the API holds
            }
            outcome.reread(current);
            ShownPreferences.apply(ui, current, true);
        });
    }

    /** This tab's own answer (or a newer save heard meanwhile), unless the tab already shows a newer one. */
    private static void showIfNewer(UI ui, Preferences known) {
        if (PreferencesHookup.newerThanShown(ShownPreferences.of(ui), known)) {
            ShownPreferences.apply(ui, known, true);
        }
    }

    /**
     * The quick switch: the theme changes at once in this tab, then is saved for every other one.
     * Not before the tab has its user's preferences: the save sends all three choices, and until
     * then it has only the defaults, which would overwrite the saved zone and language.
     */
    @Override
    public void chooseTheme(UI ui, Theme theme) {
        if (!ShownPreferences.known(ui)) {
            tell(ui, "prefs.notYetKnown", NotificationVariant.LUMO_CONTRAST);
            return;
        }
        save(ui, latest(ui).withTheme(theme), new SaveOutcome() {
            @Override
            public void refused(TrackingApiException failure, Preferences kept) {
                tell(ui, "prefs.saveFailed", NotificationVariant.LUMO_ERROR);
            }

            @Override
            public void unconfirmed(Preferences kept) {
                tell(ui, "error.outcomeUnknown.rereading", NotificationVariant.LUMO_WARNING);
            }
        });
    }

    private static void tell(UI ui, String key, NotificationVariant variant) {
        Notification.show(ui.getTranslation(key), 5000, Notification.Position.BOTTOM_END).addThemeVariants(variant);
    }
}
