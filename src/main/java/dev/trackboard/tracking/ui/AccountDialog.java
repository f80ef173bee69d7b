package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.api.tracking.AccountStatus;
import dev.trackboard.api.tracking.Platform;
import dev.trackboard.api.tracking.TrackedAccount;
import dev.trackboard.api.tracking.TrackedBrand;
import dev.trackboard.base.ui.ApiProblemText;
import dev.trackboard.base.ui.Background;
import dev.trackboard.tracking.TrackingService;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Add or edit an account. The Binder gives quick feedback; the API is the truth (handle rules per
 * platform, duplicates, brand of this guild) and its field errors appear on the fields.
 */
class AccountDialog extends Dialog {

    private final TrackingService tracking;
    private final Background background;
    private final GuildId guildId;
    private final TrackedAccount account;
    private final Consumer<TrackedAccount> saved;
    private final Binder<AccountForm> binder = new Binder<>();
    private final AccountForm form;
    private final Select<Platform> platform = new Select<>();
    private final TextField handle = new TextField();
    private final TextField displayName = new TextField();
    private final ComboBox<TrackedBrand> brand = new ComboBox<>();
    private final Select<AccountStatus> status = new Select<>();

    AccountDialog(TrackingService tracking, Background background, GuildId guildId, List<TrackedBrand> brands,
                  TrackedAccount account, Consumer<TrackedAccount> saved) {
        this.tracking = tracking;
        this.background = background;
        this.guildId = guildId;
        this.account = account;
        this.saved = saved;
        this.form = AccountForm.of(account, brands);
        setId("account-dialog");
        setHeaderTitle(getTranslation(account == null ? "tracking.accounts.add" : "tracking.accounts.edit"));
        setWidth("min(32rem, 100%)");
        platform.setId("account-platform");
        platform.setLabel(getTranslation("tracking.filter.platform"));
        platform.setItems(Platform.values());
        platform.setItemLabelGenerator(p -> getTranslation("tracking.platform." + p.name()));
        handle.setId("account-handle");
        handle.setLabel(getTranslation("tracking.accounts.handle"));
        handle.setHelperText(getTranslation("tracking.accounts.handle.help"));
        displayName.setId("account-display-name");
        displayName.setLabel(getTranslation("tracking.accounts.displayName"));
        brand.setId("account-brand");
        brand.setLabel(getTranslation("tracking.filter.brand"));
        brand.setItems(brands);
        brand.setItemLabelGenerator(TrackedBrand::name);
        brand.setClearButtonVisible(true);
        status.setId("account-status");
        status.setLabel(getTranslation("tracking.accounts.status"));
        status.setItems(AccountStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("tracking.status." + s.name()));
        bind();
        brand.setPlaceholder(getTranslation("tracking.noBrand"));
        FormLayout form = new FormLayout(platform, status, handle, displayName, brand);
        // two columns where they fit, one on a phone
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("26rem", 2));
        form.setColspan(handle, 2);
        form.setColspan(displayName, 2);
        form.setColspan(brand, 2);
        add(form);
        DialogSave.footer(this, "account", this::save);
    }

    private void bind() {
        binder.forField(platform).asRequired(getTranslation("tracking.validation.platform"))
                .bind(AccountForm::getPlatform, AccountForm::setPlatform);
        binder.forField(handle).asRequired(getTranslation("tracking.validation.handle"))
                .withValidator(new StringLengthValidator(getTranslation("tracking.validation.handleLength"), 1, 253))
                .bind(AccountForm::getHandle, AccountForm::setHandle);
        binder.forField(displayName)
                .withValidator(new StringLengthValidator(getTranslation("tracking.validation.displayName"), 0, 100))
                .bind(AccountForm::getDisplayName, AccountForm::setDisplayName);
        binder.forField(brand).bind(AccountForm::getBrand, AccountForm::setBrand);
        binder.forField(status).asRequired().bind(AccountForm::getStatus, AccountForm::setStatus);
        binder.readBean(form);
    }

    private void save(Button save) {
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        var draft = form.draft();
        DialogSave.run(this, background, save, () -> account == null ? tracking.createAccount(guildId, draft)
                        : tracking.updateAccount(guildId, account.id(), draft),
                result -> getTranslation("tracking.accounts.saved", result.handle()),
                getTranslation("tracking.accounts.gone"), this::showFieldErrors, saved);
    }

    private void showFieldErrors(List<TrackingApiException.FieldError> errors) {
        ApiProblemText.showOnFields(UI.getCurrent(), errors, "tracking.problem.account.", Map.of("platform", platform,
                "handle", handle, "displayName", displayName, "brandId", brand, "status", status), handle);
    }
}
