package dev.trackboard.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.trackboard.account.PreferencesService;
import dev.trackboard.api.preferences.Preferences;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.ShownPreferences;
import dev.trackboard.security.CurrentUser;
import dev.trackboard.security.DiscordUser;
import org.springframework.stereotype.Component;

/**
 * Gives every tab its user's preferences. At the tab's first navigation with a signed-in user —
 * before its first screen is built — the ones this session already knows are set (no call, so the
 * first page is in the right language and zone), the tab joins its user's
 * {@link PreferencesBroadcaster}, and the API is asked once in the background in case they changed
 * elsewhere (another node); a difference is shown at once, a failure retried by itself.
 */
@Component
class PreferencesHookup implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final PreferencesService preferences;
    private final PreferencesBroadcaster broadcaster;
    private final Background background;

    PreferencesHookup(CurrentUser currentUser, PreferencesService preferences, PreferencesBroadcaster broadcaster,
                      Background background) {
        this.currentUser = currentUser;
        this.preferences = preferences;
        this.broadcaster = broadcaster;
        this.background = background;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(new FirstNavigation(init.getUI())));
    }

    /**
     * A shown value without a time (never saved, or a change not yet confirmed) is older than any
     * save. A save without a time cannot be ordered; it is applied, since the API says it holds it
     * (ignoring it could leave a tab on choices the API no longer has).
     */
    static boolean newerThanShown(Preferences shown, Preferences saved) {
        return saved.updatedAt() == null || shown.updatedAt() == null || saved.updatedAt().isAfter(shown.updatedAt());
    }

    /** Joins the tab once, at the first navigation of a signed-in user. */
    private final class FirstNavigation implements BeforeEnterListener {

        private final UI ui;
        private boolean joined;

        FirstNavigation(UI ui) {
            this.ui = ui;
        }

        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            if (joined) {
                return;
            }
            DiscordUser user = currentUser.find().orElse(null);
            if (user == null) {
                return;
            }
            joined = true;
            ShownPreferences.remembered(ui).ifPresent(known -> ShownPreferences.apply(ui, known, false));
            PreferencesBroadcaster.Subscription subscription = broadcaster.subscribe(user.id(), this::changed);
            ui.addDetachListener(detach -> subscription.cancel());
            Preferences shownAtStart = ShownPreferences.of(ui);
            background.load(ui, preferences::preferences, ui::isAttached, trouble -> { },
                    current -> loaded(current, shownAtStart));
        }

        /** Unless the tab changed them meanwhile (a save in it is newer than this answer). */
        private void loaded(Preferences current, Preferences shownAtStart) {
            if (TabSaves.absorbs(ui, current)) {
                return; // the tab's own save is under way; it shows the newest once answered
            }
            Preferences shown = ShownPreferences.of(ui);
            boolean changedMeanwhile = !shown.sameChoicesAs(shownAtStart);
            if (!changedMeanwhile && (!current.sameChoicesAs(shown) || ShownPreferences.remembered(ui).isEmpty())) {
                ShownPreferences.apply(ui, current, true);
            }
        }

        /**
         * On the saving tab's thread, or the event stream's: hop onto this tab. A save reaches a tab
         * on the node where it was made twice (directly and through the stream), and an older save
         * may arrive after a newer one: only what is newer than what the tab shows is applied. While
         * the tab's own saves are under way it is kept for when they end ({@link TabSaves}).
         */
        private void changed(Preferences saved) {
            try {
                ui.access(() -> {
                    if (!TabSaves.absorbs(ui, saved) && newerThanShown(saved)) {
                        ShownPreferences.apply(ui, saved, true);
                    }
                });
            } catch (UIDetachedException closed) {
                // its detach listener cancels the subscription
            }
        }

        private boolean newerThanShown(Preferences saved) {
            return PreferencesHookup.newerThanShown(ShownPreferences.of(ui), saved);
        }
    }
}
