package dev.trackboard.tracking.ui;

import dev.trackboard.api.GuildId;
import dev.trackboard.api.tracking.TrackedBrand;
import dev.trackboard.base.ui.grid.GridSource;
import dev.trackboard.base.ui.grid.ListSort;
import dev.trackboard.base.ui.grid.RowCount;
import dev.trackboard.base.ui.grid.ScreenFilter;
import dev.trackboard.tracking.TrackingService;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A guild's brands: at most 200 (an API limit), so the whole list is fetched off the session lock
 * once per navigation (and after a change) and the grid pages through it without calling the API.
 */
record BrandRows(TrackingService tracking, GuildId guildId, Locale locale)
        implements GridSource<TrackedBrand, ScreenFilter.None, BrandSort, List<TrackedBrand>> {

    static final ListSort<BrandSort> DEFAULT_SORT = new ListSort<>(BrandSort.NAME, false);

    @Override
    public List<TrackedBrand> prepare(ScreenFilter.None requested) {
        return tracking.brands(guildId);
    }

    @Override
    public List<TrackedBrand> page(ScreenFilter.None filter, ListSort<BrandSort> sort, List<TrackedBrand> brands,
                                   int offset, int limit) {
        Comparator<TrackedBrand> order = switch (sort.by()) {
            case NAME -> Comparator.comparing(brand -> brand.name().toLowerCase(locale));
            case ACCOUNTS -> Comparator.comparingLong(TrackedBrand::accountCount);
            case POSTS -> Comparator.comparingLong(TrackedBrand::postCount);
        };
        return brands.stream().sorted(sort.descending() ? order.reversed() : order).skip(offset).limit(limit).toList();
    }

    @Override
    public RowCount count(ScreenFilter.None filter, List<TrackedBrand> brands) {
        return RowCount.exactly(brands.size());
    }
}
