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
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Saves the user's preferences off the session lock and, once the API has them, shows them in every
 * open tab of that user on this node (this one included) through the {@link PreferencesBroadcaster}.
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
     * Saves {@code next}; {@code refused} hears of a failure (nothing saved: the tabs keep what they
     * show). Call from the UI thread.
     */
    void save(UI ui, Preferences next, Consumer<TrackingApiException> refused) {
        String userId = currentUser.require().id();
        background.run(ui, () -> preferences.save(next), (saved, failure) -> {
            switch (failure) {
                case null -> {
                    ShownPreferences.apply(ui, saved, true); // this tab at once, without waiting for its turn
                    broadcaster.publish(userId, saved);
                }
                case TrackingApiException.SessionEnded ended -> SessionExpiry.endAndSignIn(ui);
                case TrackingApiException apiFailure -> refused.accept(apiFailure);
                default -> throw failure;
            }
        });
    }

    /** The quick switch: the theme changes at once in this tab, then is saved for every other one. */
    @Override
    public void chooseTheme(UI ui, Theme theme) {
        Preferences before = ShownPreferences.of(ui);
        Preferences next = before.withTheme(theme);
        ShownPreferences.showTheme(ui, next);
        save(ui, next, failure -> {
            ShownPreferences.showTheme(ui, before);
            Notification.show(ui.getTranslation("prefs.saveFailed"), 5000, Notification.Position.BOTTOM_END)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        });
    }
}
