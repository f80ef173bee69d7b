package dev.trackboard.tracking.ui;

import dev.trackboard.api.tracking.Platform;
import dev.trackboard.api.tracking.PostQuery;
import dev.trackboard.base.ui.UserTime;
import dev.trackboard.base.ui.grid.FieldProblem;
import dev.trackboard.base.ui.grid.ListSort;
import dev.trackboard.base.ui.grid.ScreenFilter;
import dev.trackboard.base.ui.grid.SearchField;
import dev.trackboard.base.ui.grid.UrlCodec;
import dev.trackboard.base.ui.grid.UrlState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The posts screen's filter; null values are not applied. {@code from} and {@code to} are days in
 * the user's time zone, both included. In the URL: q, platform, brand, account, from, to.
 */
record PostFilter(String text, Platform platform, Long brandId, Long accountId, LocalDate from, LocalDate to)
        implements ScreenFilter {

    static final ListSort<PostQuery.Sort> DEFAULT_SORT = new ListSort<>(PostQuery.Sort.POSTED_AT, true);

    static final UrlCodec<PostFilter> URL = UrlCodec.of(
            url -> new PostFilter(url.text("q", SearchField.MAX_LENGTH), url.option("platform", Platform.class),
                    url.id("brand"), url.id("account"), url.date("from"), url.date("to")),
            (filter, url) -> {
                url.set("account", filter.accountId());
                url.set("q", filter.text());
                url.set("platform", filter.platform());
                url.set("brand", filter.brandId());
                url.set("from", filter.from());
                url.set("to", filter.to());
            });

    /** A day typed past the pickers' range, and a range that ends before it starts, match nothing: said on the field. */
    @Override
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (outOfRange(from)) {
            problems.add(new FieldProblem("from", "tracking.posts.dateOutOfRange"));
        }
        if (outOfRange(to)) {
            problems.add(new FieldProblem("to", "tracking.posts.dateOutOfRange"));
        }
        if (problems.isEmpty() && from != null && to != null && from.isAfter(to)) {
            problems.add(new FieldProblem("to", "tracking.posts.toBeforeFrom"));
        }
        return problems;
    }

    private static boolean outOfRange(LocalDate day) {
        return day != null && UrlState.withinDateRange(day) == null;
    }

    /** The API's query: the days as instants of the user's zone, {@code to} exclusive (the next day's start). */
    PostQuery query(ListSort<PostQuery.Sort> sort, UserTime time) {
        return new PostQuery(accountId, brandId, platform, from == null ? null : time.startOf(from),
                to == null ? null : time.endOf(to), text, sort.by(), sort.descending());
    }
}
