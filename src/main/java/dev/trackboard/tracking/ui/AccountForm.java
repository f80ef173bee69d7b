package dev.trackboard.tracking.ui;

import dev.trackboard.api.tracking.AccountDraft;
import dev.trackboard.api.tracking.AccountStatus;
import dev.trackboard.api.tracking.Platform;
import dev.trackboard.api.tracking.TrackedAccount;
import dev.trackboard.api.tracking.TrackedBrand;
import java.util.List;

/** The editable copy of an account behind the dialog's Binder (Cancel really cancels). */
final class AccountForm {

    private Platform platform;
    private String handle = "";
    private String displayName = "";
    private TrackedBrand brand;
    private AccountStatus status = AccountStatus.ACTIVE;

    static AccountForm of(TrackedAccount account, List<TrackedBrand> brands) {
        AccountForm form = new AccountForm();
        if (account != null) {
            form.platform = account.platform();
            form.handle = account.handle();
            form.displayName = account.displayName();
            form.brand = brands.stream().filter(b -> account.brandId() != null && b.id() == account.brandId())
                    .findFirst().orElse(null);
            form.status = account.status();
        }
        return form;
    }

    AccountDraft draft() {
        return new AccountDraft(platform, handle, displayName, brand == null ? null : brand.id(), status);
    }

    Platform getPlatform() { return platform; }
    void setPlatform(Platform platform) { this.platform = platform; }
    String getHandle() { return handle; }
    void setHandle(String handle) { this.handle = handle; }
    String getDisplayName() { return displayName; }
    void setDisplayName(String displayName) { this.displayName = displayName; }
    TrackedBrand getBrand() { return brand; }
    void setBrand(TrackedBrand brand) { this.brand = brand; }
    AccountStatus getStatus() { return status; }
    void setStatus(AccountStatus status) { this.status = status; }
}
