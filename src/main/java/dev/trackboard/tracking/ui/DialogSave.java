package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.UserAction;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How an add/edit dialog's save ends, off the session lock: saved (a note, the dialog closes, the
 * screen is told), refused with field errors (shown on the fields, the dialog stays), or gone
 * meanwhile (a note, the dialog closes, the screen is told with null).
 */
final class DialogSave {

    private DialogSave() {
    }

    static <T> void run(Dialog dialog, Background background, Button save, Supplier<T> write,
                        Function<T, String> savedText, String goneText,
                        Consumer<List<TrackingApiException.FieldError>> fieldErrors, Consumer<T> saved) {
        UserAction.run(background, save, write, result -> {
            Notification.show(savedText.apply(result)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            dialog.close();
            saved.accept(result);
        }, refusal -> {
            if (refusal instanceof TrackingApiException.InvalidRequest invalid) {
                fieldErrors.accept(invalid.fieldErrors());
            } else {
                Notification.show(goneText).addThemeVariants(NotificationVariant.LUMO_WARNING);
                dialog.close();
                saved.accept(null);
            }
        });
    }
}
