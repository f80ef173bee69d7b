package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
 * The footer of an add/edit dialog and how its save ends, off the session lock: saved (a note, the
 * dialog closes, the screen is told), refused with field errors (shown on the fields in the UI's
 * words, the dialog stays), gone meanwhile (a note, the dialog closes, the screen is told with
 * null), or refused otherwise (a note in the UI's words, the dialog stays).
 */
final class DialogSave {

    private DialogSave() {
    }

    /** Adds Cancel and Save ({@code prefix-cancel}, {@code prefix-save}) to the footer; Save calls {@code save}. */
    static void footer(Dialog dialog, String prefix, Consumer<Button> save) {
        Button saveButton = new Button(dialog.getTranslation("tracking.save"));
        saveButton.addClickListener(e -> save.accept(saveButton));
        saveButton.setId(prefix + "-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(dialog.getTranslation("tracking.cancel"), e -> dialog.close());
        cancel.setId(prefix + "-cancel");
        dialog.getFooter().add(cancel, saveButton);
    }

    static <T> void run(Dialog dialog, Background background, Button save, Supplier<T> write,
                        Function<T, String> savedText, String goneText,
                        Consumer<List<TrackingApiException.FieldError>> fieldErrors, Consumer<T> saved) {
        UserAction.run(background, save, write, result -> {
            Notification.show(savedText.apply(result)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            dialog.close();
            saved.accept(result);
        }, refusal -> {
            switch (refusal) {
                case TrackingApiException.InvalidRequest invalid -> fieldErrors.accept(invalid.fieldErrors());
                case TrackingApiException.NotFound gone -> {
                    Notification.show(goneText).addThemeVariants(NotificationVariant.LUMO_WARNING);
                    dialog.close();
                    saved.accept(null);
                }
                default -> UserAction.tell(UI.getCurrent(), refusal);
            }
        });
    }
}
