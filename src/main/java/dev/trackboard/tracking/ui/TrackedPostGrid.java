package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import dev.trackboard.api.tracking.PostQuery;
import dev.trackboard.api.tracking.TrackedPost;
import dev.trackboard.base.ui.UserTime;
import dev.trackboard.base.ui.grid.LazyGridScreen;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The posts grid: lazy over up to millions of rows, sorted on the server by time or a metric. The
 * post text takes the free width, one line, as text; the other columns are as wide as their
 * content, and a cell that can be cut short has a tooltip.
 */
class TrackedPostGrid extends Grid<TrackedPost> {

    /** Each sort key's column: keyed by the API's name of it. */
    static final Map<PostQuery.Sort, String> SORT_KEYS = Arrays.stream(PostQuery.Sort.values())
            .collect(Collectors.toMap(Function.identity(), PostQuery.Sort::apiName));
    /** What a phone does without: the time, account and text stay. */
    static final String[] SECONDARY = {"postedAt", "account", "platform", "brand", "text", "likes", "comments", "shares",
        "views"};
    /** Longer text is cut in the grid (the detail dialog has it all). */
    private static final int SHOWN_TEXT = 300;

    TrackedPostGrid() {
        super(TrackedPost.class, false);
        // fixed widths for the wide text columns: measuring them on the first rows moved the columns
        // after they arrived (a layout shift, docs/decisions/0085); the metrics stay measured, because
        // fixed widths that fit their headers overflow the grid at 1440 px; the fixed ones together
        // leave the four metrics their room there (at 9.5 rem more, Views was cut off); the text column
        // starts narrow and takes what is left, so the longer German metric headers fit too
        setId("posts-grid");
        addClassName("tb-tracking-grid");
        addColumn(p -> UserTime.of(this).dateTime(p.postedAt())).setKey("postedAt")
                .setHeader(getTranslation("tracking.posts.posted")).setWidth("11.5rem").setFlexGrow(0);
        addColumn(TrackedPost::accountHandle).setKey("account").setHeader(getTranslation("tracking.posts.account"))
                .setWidth("8.5rem").setFlexGrow(0).setTooltipGenerator(TrackedPost::accountHandle);
        addColumn(p -> getTranslation("tracking.platform." + p.platform().name())).setKey("platform")
                .setHeader(getTranslation("tracking.filter.platform")).setWidth("6.75rem").setFlexGrow(0);
        addColumn(p -> p.brandName() == null ? getTranslation("tracking.noBrandCell") : p.brandName()).setKey("brand")
                .setHeader(getTranslation("tracking.filter.brand")).setWidth("8rem").setFlexGrow(0)
                .setTooltipGenerator(p -> p.brandName() == null ? "" : p.brandName());
        addColumn(p -> shortened(p.text())).setKey("text").setHeader(getTranslation("tracking.posts.text"))
                .setWidth("7rem").setFlexGrow(1).setTooltipGenerator(p -> shortened(p.text()));
        // a phone shows one column instead: who and when above, the text below
        LazyGridScreen.narrowOnly(addColumn(LitRenderer.<TrackedPost>of("<div class='tb-post-summary'>"
                        + "<div class='tb-muted'>${item.who}</div><div class='tb-cell-text'>${item.text}</div></div>")
                .withProperty("who", p -> getTranslation("tracking.posts.byAt", p.accountHandle(),
                        UserTime.of(this).dateTime(p.postedAt())))
                .withProperty("text", p -> shortened(p.text())))
                .setKey("summary").setHeader(getTranslation("tracking.posts.title")).setFlexGrow(1));
        metric("likes", TrackedPost::likes);
        metric("comments", TrackedPost::comments);
        metric("shares", TrackedPost::shares);
        metric("views", TrackedPost::views);
        for (String key : SECONDARY) {
            LazyGridScreen.secondary(getColumnByKey(key));
        }
    }

    private void metric(String key, ValueProvider<TrackedPost, Long> value) {
        String header = getTranslation("tracking.posts." + key);
        // as wide as the header and its sort arrow (about 0.55 rem a letter, 2.5 rem for arrow and
        // padding): auto width cut the longer German headers ("Kommentare") to "Komment…"
        addColumn(p -> TrackingFormat.number(value.apply(p), getLocale())).setKey(key)
                .setHeader(header).setWidth((header.length() * 55 + 250) / 100.0 + "rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
    }

    /**
     * The row as the grid keeps it while it is on screen: the text only as far as the grid can show
     * it (one character more than it shows, so that it still ends in "…"). A post's text can be
     * 10,000 characters; the detail dialog reads the post again, in full.
     */
    static TrackedPost asRow(TrackedPost post) {
        String text = post.text();
        if (text.length() <= SHOWN_TEXT + 1) {
            return post;
        }
        return new TrackedPost(post.id(), post.accountId(), post.accountHandle(), post.accountDisplayName(),
                post.platform(), post.brandId(), post.brandName(), post.postedAt(), text.substring(0, SHOWN_TEXT + 1),
                post.url(), post.likes(), post.comments(), post.shares(), post.views());
    }

    private static String shortened(String text) {
        return text.length() > SHOWN_TEXT ? text.substring(0, SHOWN_TEXT) + "…" : text;
    }
}
