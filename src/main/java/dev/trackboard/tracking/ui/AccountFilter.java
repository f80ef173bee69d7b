package dev.trackboard.tracking.ui;

import dev.trackboard.api.tracking.AccountQuery;
import dev.trackboard.api.tracking.AccountStatus;
import dev.trackboard.api.tracking.Platform;
import dev.trackboard.base.ui.grid.ListSort;
import dev.trackboard.base.ui.grid.ScreenFilter;
import dev.trackboard.base.ui.grid.SearchField;
import dev.trackboard.base.ui.grid.UrlCodec;

/** The accounts screen's filter; null values are not applied. In the URL: q, platform, brand, status. */
record AccountFilter(String text, Platform platform, Long brandId, AccountStatus status) implements ScreenFilter {

    static final ListSort<AccountQuery.Sort> DEFAULT_SORT = new ListSort<>(AccountQuery.Sort.HANDLE, false);

    static final UrlCodec<AccountFilter> URL = UrlCodec.of(
            url -> new AccountFilter(url.text("q", SearchField.MAX_LENGTH), url.option("platform", Platform.class),
                    url.id("brand"), url.option("status", AccountStatus.class)),
            (filter, url) -> {
                url.set("q", filter.text());
                url.set("platform", filter.platform());
                url.set("brand", filter.brandId());
                url.set("status", filter.status());
            });

    AccountQuery query(ListSort<AccountQuery.Sort> sort) {
        return new AccountQuery(platform, brandId, status, text, sort.by(), sort.descending());
    }
}
