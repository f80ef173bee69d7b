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
import dev.trackboard.base.ui.UserAction;
import java.util.List;
import java.util.Locale;

/** Pause, resume or delete the selected accounts, after a confirmation that says how many. */
class AccountBulkBar extends Div {

    private final TrackedAccountsView view;
    private final Span selected = new Span();
    private final List<Button> buttons;

    AccountBulkBar(TrackedAccountsView view) {
        this.view = view;
        addClassNames("tb-toolbar", "tb-bulk-bar");
        setId("account-bulk-bar");
        selected.addClassName("tb-muted");
        selected.setId("account-selection");
        buttons = List.of(button(BulkAction.PAUSE), button(BulkAction.RESUME), button(BulkAction.DELETE));
        buttons.getLast().addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(selected);
        buttons.forEach(this::add);
        view.grid().addSelectionListener(e -> update(e.getAllSelectedItems().size()));
        update(0);
    }

    private Button button(BulkAction action) {
        String name = action.name().toLowerCase(Locale.ROOT);
        Button button = new Button(getTranslation("tracking.bulk." + name), e -> confirm(action));
        button.setId("bulk-" + name);
        return button;
    }

    private void update(int count) {
        selected.setText(getTranslation("tracking.bulk.selected", count));
        buttons.forEach(b -> b.setEnabled(count > 0));
    }

    private void confirm(BulkAction action) {
        List<TrackedAccount> accounts = List.copyOf(view.grid().getSelectedItems());
        String name = action.name().toLowerCase(Locale.ROOT);
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("bulk-confirm");
        dialog.setHeader(getTranslation("tracking.bulk." + name + ".title", accounts.size()));
        dialog.setText(getTranslation("tracking.bulk." + name + ".text", accounts.size()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("tracking.cancel"));
        dialog.setConfirmText(getTranslation("tracking.bulk." + name));
        if (action == BulkAction.DELETE) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(e -> run(action, accounts));
        dialog.open();
    }

    private void run(BulkAction action, List<TrackedAccount> accounts) {
        List<Long> ids = accounts.stream().map(TrackedAccount::id).toList();
        UserAction.run(view.background(), this, () -> view.tracking().bulk(view.guildId(), action, ids), affected -> {
            Notification done = Notification.show(getTranslation(
                    "tracking.bulk." + action.name().toLowerCase(Locale.ROOT) + ".done", affected));
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            view.grid().refresh();
        }, stale -> {
            Notification.show(getTranslation("tracking.bulk.stale")).addThemeVariants(NotificationVariant.LUMO_WARNING);
            view.grid().refresh();
        });
    }
}
