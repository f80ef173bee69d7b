package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import dev.trackboard.base.ui.grid.FilterBar;
import dev.trackboard.base.ui.grid.SearchField;
import java.util.List;
import java.util.Map;

/** Search, platform, brand, account and the days (From, To, in the user's zone) of the posts screen. */
class PostFilterBar extends FilterBar<PostFilter, PostChoices> {

    private final SearchField search = new SearchField("post-search", getTranslation("tracking.posts.search"));
    private final PlatformSelect platform = new PlatformSelect("post-platform-filter");
    private final BrandFilterBox brand = new BrandFilterBox("post-brand-filter");
    private final AccountComboBox account = new AccountComboBox("post-account-filter");
    private final DatePicker from = dayPicker("post-from", "tracking.posts.from");
    private final DatePicker to = dayPicker("post-to", "tracking.posts.to");

    PostFilterBar() {
        account.addClassName("tb-account-filter");
        add(search, platform, brand, account, from, to);
        List.of(search, platform, brand, account, from, to).forEach(this::watch);
    }

    @Override
    public PostFilter value() {
        return new PostFilter(search.text(), platform.getValue(), brand.brandId(), account.accountId(),
                from.getValue(), to.getValue());
    }

    @Override
    protected void fill(PostFilter filter, PostChoices choices) {
        search.show(filter.text());
        platform.setValue(filter.platform());
        brand.show(choices.brands(), filter.brandId());
        account.show(choices.accounts(), choices.account());
        from.setValue(filter.from());
        to.setValue(filter.to());
    }

    @Override
    protected Map<String, HasValidation> fields() {
        return Map.of("q", search, "from", from, "to", to);
    }
}
