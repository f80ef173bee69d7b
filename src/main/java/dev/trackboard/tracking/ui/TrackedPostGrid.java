package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.tracking.PostPage;
import dev.trackboard.api.tracking.PostQuery;
import dev.trackboard.api.tracking.TrackedPost;
import dev.trackboard.tracking.TrackingService;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The posts grid: lazy over up to millions of rows (the API pages by seek, so a deep page costs what
 * the first does), sorted on the server by time or a metric. Post text is shown as text, one line.
 */
class TrackedPostGrid extends Grid<TrackedPost> {

    TrackedPostGrid(Function<String, String> translation) {
        super(TrackedPost.class, false);
        setId("posts-grid");
        addClassName("tb-tracking-grid");
        addColumn(p -> TrackingFormat.shortTime(p.postedAt(), getLocale())).setKey("postedAt")
                .setHeader(translation.apply("tracking.posts.posted")).setSortable(true).setWidth("11.5rem").setFlexGrow(0);
        addColumn(TrackedPost::accountHandle).setKey("account").setHeader(translation.apply("tracking.posts.account"))
                .setWidth("8rem").setFlexGrow(0);
        addColumn(p -> translation.apply("tracking.platform." + p.platform().name())).setKey("platform")
                .setHeader(translation.apply("tracking.filter.platform")).setWidth("6.5rem").setFlexGrow(0);
        addColumn(p -> p.brandName() == null ? "—" : p.brandName()).setKey("brand")
                .setHeader(translation.apply("tracking.filter.brand")).setWidth("7rem").setFlexGrow(0);
        addColumn(p -> p.text().length() > 300 ? p.text().substring(0, 300) + "…" : p.text()).setKey("text")
                .setHeader(translation.apply("tracking.posts.text")).setWidth("8rem").setFlexGrow(1);
        for (String metric : List.of("likes", "comments", "shares", "views")) {
            addColumn(p -> TrackingFormat.number(metric(p, metric), getLocale())).setKey(metric)
                    .setHeader(translation.apply("tracking.posts." + metric)).setSortable(true).setWidth("6.5rem")
                    .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        }
        setMultiSort(false);
        sort(List.of(new GridSortOrder<>(getColumnByKey("postedAt"), SortDirection.DESCENDING)));
    }

    /** Lazy data from the API; reads that fail leave the grid to {@code recovery}. */
    void show(TrackingService tracking, GuildId guildId, BiFunction<PostQuery.Sort, Boolean, PostQuery> query,
              Consumer<PostPage> total, GridRecovery recovery) {
        setItems(fetch -> recovery.read(() -> tracking.posts(guildId, query.apply(sort(), descending()),
                fetch.getOffset(), fetch.getLimit()), List.<TrackedPost>of()).stream(),
                countQuery -> recovery.read(() -> {
                    PostPage page = tracking.countPosts(guildId, query.apply(sort(), descending()));
                    total.accept(page);
                    return (int) Math.min(Integer.MAX_VALUE, page.total());
                }, 0)).setIdentifierProvider(TrackedPost::id);
    }

    PostQuery.Sort sort() {
        List<GridSortOrder<TrackedPost>> orders = getSortOrder();
        if (orders.isEmpty()) {
            return PostQuery.Sort.POSTED_AT;
        }
        String key = orders.getFirst().getSorted().getKey();
        for (PostQuery.Sort sort : PostQuery.Sort.values()) {
            if (sort.apiName().equals(key)) {
                return sort;
            }
        }
        return PostQuery.Sort.POSTED_AT;
    }

    boolean descending() {
        List<GridSortOrder<TrackedPost>> orders = getSortOrder();
        return orders.isEmpty() || orders.getFirst().getDirection() == SortDirection.DESCENDING;
    }

    void restoreSort(PostQuery.Sort sort, boolean descending) {
        PostQuery.Sort chosen = sort == null ? PostQuery.Sort.POSTED_AT : sort;
        sort(List.of(new GridSortOrder<>(getColumnByKey(chosen.apiName()),
                descending ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
    }

    private static long metric(TrackedPost post, String metric) {
        return switch (metric.toLowerCase(Locale.ROOT)) {
            case "likes" -> post.likes();
            case "comments" -> post.comments();
            case "shares" -> post.shares();
            default -> post.views();
        };
    }
}
