package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.editor.Editor;
import com.vaadin.flow.component.html.Div;
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
import dev.trackboard.base.ui.ApiProblemText;
import dev.trackboard.base.ui.AppIcon;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.UserAction;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Inline editing of an account's display name and status with Grid's own Editor (double-click a
 * row or its pencil; Enter saves, Escape cancels). The record stays immutable: the binder only
 * reads it, and Save sends the account as it is with the edited values — its brand, or none —
 * to the API, whose answer replaces the row.
 */
final class AccountInlineEditor {

    private final Background background;
    private final BiFunction<TrackedAccount, AccountDraft, TrackedAccount> update;
    private final Runnable changed;
    private final Editor<TrackedAccount> editor;
    private final TextField displayName = new TextField();
    private final Select<AccountStatus> status = new Select<>();

    /** @param update sends an account's draft to the API (off the session lock) */
    AccountInlineEditor(TrackedAccountGrid grid, Background background,
                        BiFunction<TrackedAccount, AccountDraft, TrackedAccount> update, Runnable changed) {
        this.background = background;
        this.update = update;
        this.changed = changed;
        this.editor = grid.getEditor();
        Binder<TrackedAccount> binder = new Binder<>();
        displayName.setId("inline-display-name");
        displayName.setWidthFull();
        displayName.setAriaLabel(grid.getTranslation("tracking.accounts.displayName"));
        status.setId("inline-status");
        status.setAriaLabel(grid.getTranslation("tracking.accounts.status"));
        status.setItems(AccountStatus.values());
        status.setItemLabelGenerator(s -> grid.getTranslation("tracking.status." + s.name()));
        binder.forField(displayName)
                .withValidator(new StringLengthValidator(grid.getTranslation("tracking.validation.displayName"), 0, 100))
                .bind(TrackedAccount::displayName, (account, value) -> { }); // Save sends the value to the API
        binder.forField(status).bind(TrackedAccount::status, (account, value) -> { });
        editor.setBinder(binder);
        editor.setBuffered(true);
        grid.getColumnByKey("displayName").setEditorComponent(displayName);
        grid.getColumnByKey("status").setEditorComponent(status);
        Button save = new Button(AppIcon.CHECK.create(), e -> save());
        save.setId("inline-save");
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SUCCESS);
        save.setAriaLabel(grid.getTranslation("tracking.save"));
        Button cancel = new Button(AppIcon.CLOSE_SMALL.create(), e -> editor.cancel());
        cancel.setId("inline-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        cancel.setAriaLabel(grid.getTranslation("tracking.cancel"));
        grid.getColumnByKey("edit").setEditorComponent(new Div(save, cancel));
        displayName.addKeyDownListener(Key.ENTER, e -> save());
        displayName.addKeyDownListener(Key.ESCAPE, e -> editor.cancel());
        grid.addItemDoubleClickListener(e -> grid.editInline(e.getItem()));
        editor.addOpenListener(e -> displayName.focus());
    }

    private void save() {
        TrackedAccount account = editor.getItem();
        if (account == null || !editor.getBinder().validate().isOk()) {
            return;
        }
        AccountDraft draft = new AccountDraft(account.platform(), account.handle(), displayName.getValue(),
                account.brandId(), status.getValue());
        UserAction.run(background, displayName, () -> update.apply(account, draft), saved -> {
            editor.cancel();
            changed.run();
            Notification.show(displayName.getTranslation("tracking.accounts.saved", saved.handle()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }, refusal -> {
            if (refusal instanceof TrackingApiException.InvalidRequest invalid) {
                ApiProblemText.showOnFields(UI.getCurrent(), invalid.fieldErrors(), "tracking.problem.account.",
                        Map.of("displayName", displayName, "status", status), displayName);
                return;
            }
            editor.cancel();
            UserAction.goneOrTold(displayName.getTranslation("tracking.accounts.gone"), changed).accept(refusal);
        });
    }
}
