package dev.trackboard.tracking.ui;

import dev.trackboard.api.GuildId;
import dev.trackboard.api.tracking.AccountQuery;
import dev.trackboard.api.tracking.TrackedAccount;
import dev.trackboard.api.tracking.TrackedBrand;
import dev.trackboard.base.ui.grid.GridSource;
import dev.trackboard.base.ui.grid.ListSort;
import dev.trackboard.base.ui.grid.RowCount;
import dev.trackboard.tracking.TrackingService;
import java.util.List;

/** A guild's accounts, page by page from the API; the brand filter offers the guild's brands. */
record AccountRows(TrackingService tracking, GuildId guildId)
        implements GridSource<TrackedAccount, AccountFilter, AccountQuery.Sort, List<TrackedBrand>> {

    @Override
    public List<TrackedBrand> prepare(AccountFilter requested) {
        return tracking.brands(guildId);
    }

    @Override
    public List<TrackedAccount> page(AccountFilter filter, ListSort<AccountQuery.Sort> sort, List<TrackedBrand> brands,
                                     int offset, int limit) {
        return tracking.accounts(guildId, filter.query(sort), offset, limit);
    }

    @Override
    public RowCount count(AccountFilter filter, List<TrackedBrand> brands) {
        return RowCount.exactly(tracking.countAccounts(guildId, filter.query(AccountFilter.DEFAULT_SORT)));
    }
}
