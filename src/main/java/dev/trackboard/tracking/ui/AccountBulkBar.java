package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.trackboard.api.tracking.BulkAction;
import dev.trackboard.api.tracking.TrackedAccount;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.UserAction;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Pause, resume or delete the selected accounts, after a confirmation that says how many. The
 * screen tells it the selection ({@link #select}) and hears when the accounts changed.
 */
class AccountBulkBar extends Div {

    private final Background background;
    private final BiFunction<BulkAction, List<Long>, Integer> bulk;
    private final Runnable changed;
    private final Span selected = new Span();
    private final List<Button> buttons;
    private List<TrackedAccount> selection = List.of();

    /** @param bulk runs an action on account ids, answering how many it changed (off the session lock) */
    AccountBulkBar(Background background, BiFunction<BulkAction, List<Long>, Integer> bulk, Runnable changed) {
        this.background = background;
        this.bulk = bulk;
        this.changed = changed;
        addClassNames("tb-toolbar", "tb-bulk-bar");
        setId("account-bulk-bar");
        selected.addClassName("tb-muted");
        selected.setId("account-selection");
        buttons = List.of(button(BulkAction.PAUSE), button(BulkAction.RESUME), button(BulkAction.DELETE));
        buttons.getLast().addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(selected);
        buttons.forEach(this::add);
        select(Set.of());
    }

    void select(Set<TrackedAccount> accounts) {
        selection = List.copyOf(accounts);
        selected.setText(getTranslation("tracking.bulk.selected", selection.size()));
        buttons.forEach(b -> b.setEnabled(!selection.isEmpty()));
    }

    private Button button(BulkAction action) {
        Button button = new Button(getTranslation("tracking.bulk." + name(action)), e -> confirm(action));
        button.setId("bulk-" + name(action));
        return button;
    }

    private void confirm(BulkAction action) {
        List<TrackedAccount> accounts = selection;
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("bulk-confirm");
        dialog.setHeader(getTranslation("tracking.bulk." + name(action) + ".title", accounts.size()));
        dialog.setText(getTranslation("tracking.bulk." + name(action) + ".text", accounts.size()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("tracking.cancel"));
        dialog.setConfirmText(getTranslation("tracking.bulk." + name(action)));
        if (action == BulkAction.DELETE) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(e -> run(action, accounts));
        dialog.open();
    }

    private void run(BulkAction action, List<TrackedAccount> accounts) {
        List<Long> ids = accounts.stream().map(TrackedAccount::id).toList();
        UserAction.run(background, this, () -> bulk.apply(action, ids), affected -> {
            Notification.show(getTranslation("tracking.bulk." + name(action) + ".done", affected))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            changed.run();
        }, UserAction.goneOrTold(getTranslation("tracking.bulk.stale"), changed));
    }

    private static String name(BulkAction action) {
        return action.name().toLowerCase(Locale.ROOT);
    }
}
