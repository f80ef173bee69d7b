package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.select.Select;
import dev.trackboard.api.tracking.AccountStatus;
import dev.trackboard.api.tracking.TrackedBrand;
import dev.trackboard.base.ui.grid.FilterBar;
import dev.trackboard.base.ui.grid.SearchField;
import java.util.List;
import java.util.Map;

/** Search, platform, brand and status of the accounts screen. */
class AccountFilterBar extends FilterBar<AccountFilter, List<TrackedBrand>> {

    private final SearchField search = new SearchField("account-search", getTranslation("tracking.accounts.search"));
    private final PlatformSelect platform = new PlatformSelect("account-platform-filter");
    private final BrandFilterBox brand = new BrandFilterBox("account-brand-filter");
    private final Select<AccountStatus> status = new Select<>();

    AccountFilterBar() {
        status.setId("account-status-filter");
        status.setAriaLabel(getTranslation("tracking.accounts.status"));
        status.setItems(AccountStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("tracking.filter.allStatuses"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("tracking.filter.allStatuses")
                : getTranslation("tracking.status." + s.name()));
        add(search, platform, brand, status);
        List.of(search, platform, brand, status).forEach(this::watch);
    }

    @Override
    public AccountFilter value() {
        return new AccountFilter(search.text(), platform.getValue(), brand.brandId(), status.getValue());
    }

    @Override
    protected void fill(AccountFilter filter, List<TrackedBrand> brands) {
        search.show(filter.text());
        platform.setValue(filter.platform());
        brand.show(brands, filter.brandId());
        status.setValue(filter.status());
    }

    @Override
    protected Map<String, HasValidation> fields() {
        return Map.of("q", search);
    }
}
