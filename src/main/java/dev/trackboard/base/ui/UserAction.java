package dev.trackboard.base.ui;

import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.trackboard.api.TrackingApiException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Something the user asked for — a change, or the data a dialog needs — done off the session lock
 * (docs/decisions/0006). The button that asked is disabled until the answer is in, so a double
 * click sends one change. What every action can meet is told here, once: the service not
 * answering (nothing was changed), an answer lost after sending (it may have been saved: reload
 * to check, never "try again"), an ended session (sign-in). Refusals — invalid, gone, conflict —
 * are the caller's to show.
 */
public final class UserAction {

    private UserAction() {
    }

    /** @param trigger the button that asked, or null */
    public static <T> void run(Background background, HasEnabled trigger, Supplier<T> call, Consumer<T> done,
                               Consumer<TrackingApiException> refused) {
        UI ui = UI.getCurrent();
        if (trigger != null) {
            trigger.setEnabled(false);
        }
        background.run(ui, call, (value, failure) -> {
            if (trigger != null) {
                trigger.setEnabled(true);
            }
            switch (failure) {
                case null -> done.accept(value);
                case TrackingApiException.SessionEnded ended -> SessionExpiry.endAndSignIn(ui);
                case TrackingApiException.OutcomeUnknown unknown -> tell(ui, "error.outcomeUnknown",
                        NotificationVariant.LUMO_WARNING);
                case TrackingApiException.Unavailable down -> tell(ui, "error.unavailable",
                        NotificationVariant.LUMO_ERROR);
                case TrackingApiException.RateLimited limited -> tell(ui, "error.unavailable",
                        NotificationVariant.LUMO_ERROR);
                case TrackingApiException refusal -> refused.accept(refusal);
                default -> throw failure; // a bug: the error handler reports it
            }
        });
    }

    private static void tell(UI ui, String key, NotificationVariant variant) {
        Notification note = Notification.show(ui.getTranslation(key), 8000, Notification.Position.BOTTOM_END);
        note.addThemeVariants(variant);
    }
}
