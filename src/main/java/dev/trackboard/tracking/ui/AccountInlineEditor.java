package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.editor.Editor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.api.tracking.AccountDraft;
import dev.trackboard.api.tracking.AccountStatus;
import dev.trackboard.api.tracking.TrackedAccount;
import dev.trackboard.base.ui.UserAction;

/**
 * Inline editing of an account's display name and status with Grid's own Editor (double-click a
 * row; Enter saves, Escape cancels). The record stays immutable: the binder only reads it, and Save
 * sends the edited values to the API, whose answer replaces the row.
 */
final class AccountInlineEditor {

    private final TrackedAccountsView view;
    private final Editor<TrackedAccount> editor;
    private final TextField displayName = new TextField();
    private final Select<AccountStatus> status = new Select<>();

    AccountInlineEditor(TrackedAccountsView view) {
        this.view = view;
        TrackedAccountGrid grid = view.grid();
        this.editor = grid.getEditor();
        Binder<TrackedAccount> binder = new Binder<>();
        displayName.setId("inline-display-name");
        displayName.setWidthFull();
        status.setId("inline-status");
        status.setItems(AccountStatus.values());
        status.setItemLabelGenerator(s -> view.getTranslation("tracking.status." + s.name()));
        binder.forField(displayName)
                .withValidator(new StringLengthValidator(view.getTranslation("tracking.validation.displayName"), 0, 100))
                .bind(TrackedAccount::displayName, (account, value) -> { }); // Save sends the value to the API
        binder.forField(status).bind(TrackedAccount::status, (account, value) -> { });
        editor.setBinder(binder);
        editor.setBuffered(true);
        grid.getColumnByKey("displayName").setEditorComponent(displayName);
        grid.getColumnByKey("status").setEditorComponent(status);
        Button save = new Button(VaadinIcon.CHECK.create(), e -> save());
        save.setId("inline-save");
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SUCCESS);
        save.setAriaLabel(view.getTranslation("tracking.save"));
        Button cancel = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> editor.cancel());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        cancel.setAriaLabel(view.getTranslation("tracking.cancel"));
        grid.getColumnByKey("edit").setEditorComponent(new Div(save, cancel));
        displayName.addKeyDownListener(Key.ENTER, e -> save());
        displayName.addKeyDownListener(Key.ESCAPE, e -> editor.cancel());
        grid.addItemDoubleClickListener(e -> {
            if (!editor.isOpen()) {
                editor.editItem(e.getItem());
                displayName.focus();
            }
        });
    }

    Editor<TrackedAccount> editor() {
        return editor;
    }

    void save() {
        TrackedAccount account = editor.getItem();
        if (account == null || !editor.getBinder().validate().isOk()) {
            return;
        }
        AccountDraft draft = new AccountDraft(account.platform(), account.handle(), displayName.getValue(),
                account.brandId(), status.getValue());
        UserAction.run(view.background(), displayName, () -> view.tracking().updateAccount(view.guildId(),
                account.id(), draft), saved -> {
                    editor.cancel();
                    view.grid().getDataProvider().refreshItem(saved);
                    view.grid().getDataProvider().refreshAll();
                    Notification.show(view.getTranslation("tracking.accounts.saved", saved.handle()))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                }, refusal -> {
                    if (refusal instanceof TrackingApiException.InvalidRequest invalid) {
                        displayName.setErrorMessage(invalid.fieldErrors().isEmpty()
                                ? view.getTranslation("tracking.validation.displayName")
                                : invalid.fieldErrors().getFirst().message());
                        displayName.setInvalid(true);
                    } else {
                        editor.cancel();
                        Notification.show(view.getTranslation("tracking.accounts.gone"))
                                .addThemeVariants(NotificationVariant.LUMO_WARNING);
                        view.grid().refresh();
                    }
                });
    }
}
