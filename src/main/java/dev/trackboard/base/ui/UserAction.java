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
        run(background, trigger, call, done, refused, null);
    }

    /**
     * As {@link #run(Background, HasEnabled, Supplier, Consumer, Consumer)}, for a screen whose rows
     * show whether the change happened: after an answer lost on the way, {@code reread} reads them
     * again (a section that retries by itself until the service answers) and the user is told the
     * screen checks by itself, instead of being asked to reload.
     */
    public static <T> void run(Background background, HasEnabled trigger, Supplier<T> call, Consumer<T> done,
                               Consumer<TrackingApiException> refused, Runnable reread) {
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
                case TrackingApiException.OutcomeUnknown unknown when reread != null -> {
                    show(ui, "error.outcomeUnknown.rereading", NotificationVariant.LUMO_WARNING);
                    reread.run();
                }
                case TrackingApiException.OutcomeUnknown unknown -> tell(ui, unknown);
                case TrackingApiException.Unavailable down -> tell(ui, down);
                case TrackingApiException.RateLimited limited -> tell(ui, limited);
                case TrackingApiException refusal -> refused.accept(refusal);
                default -> throw failure; // a bug: the error handler reports it
            }
        });
    }

    /**
     * The usual refusal handler: a thing gone meanwhile (NotFound) is told with {@code goneText}, any
     * other refusal in the UI's words; then {@code after} runs (the screen reads its rows again).
     */
    public static Consumer<TrackingApiException> goneOrTold(String goneText, Runnable after) {
        return refusal -> {
            if (refusal instanceof TrackingApiException.NotFound) {
                Notification.show(goneText).addThemeVariants(NotificationVariant.LUMO_WARNING);
            } else {
                tell(UI.getCurrent(), refusal);
            }
            after.run();
        };
    }

    /** Tells the user about a problem in the UI's words ({@link ApiProblemText}): for refusals a caller does not handle itself. */
    public static void tell(UI ui, TrackingApiException problem) {
        NotificationVariant variant = switch (problem) {
            case TrackingApiException.Unavailable down -> NotificationVariant.LUMO_ERROR;
            case TrackingApiException.RateLimited limited -> NotificationVariant.LUMO_ERROR;
            default -> NotificationVariant.LUMO_WARNING;
        };
        show(ui, ApiProblemText.key(problem), variant);
    }

    private static void show(UI ui, String key, NotificationVariant variant) {
        Notification note = Notification.show(ui.getTranslation(key), 8000, Notification.Position.BOTTOM_END);
        note.addThemeVariants(variant);
    }
}
