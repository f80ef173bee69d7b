package dev.trackboard.tracking.ui;

import dev.trackboard.api.exports.ExportFilters;
import dev.trackboard.api.exports.ExportType;
import dev.trackboard.exports.ExportService;
import dev.trackboard.exports.ui.BrandNames;
import dev.trackboard.exports.ui.ExportTheseRows;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.guild.GuildDetail;
import dev.trackboard.api.tracking.PostQuery;
import dev.trackboard.api.tracking.TrackedPost;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.PageSection;
import dev.trackboard.base.ui.UserAction;
import dev.trackboard.base.ui.UserTime;
import dev.trackboard.base.ui.grid.GridSorting;
import dev.trackboard.base.ui.grid.LazyGridScreen;
import dev.trackboard.base.ui.grid.ScreenTexts;
import dev.trackboard.guild.ui.CurrentGuild;
import dev.trackboard.guild.ui.GuildLayout;
import dev.trackboard.tracking.TrackingService;
import jakarta.annotation.security.PermitAll;

/** Tracked posts: a lazy grid over up to millions of rows, filters and sort in the URL, a detail dialog. */
@Route(value = "tracking/posts", layout = GuildLayout.class)
@PermitAll
public class TrackedPostsView extends Div implements BeforeEnterObserver, PageSection {

    private final TrackingService tracking;
    private final LazyGridScreen<TrackedPost, PostFilter, PostQuery.Sort, PostChoices> screen;
    private GuildId guildId;

    public TrackedPostsView(TrackingService tracking, Background background, ExportService exports) {
        this.tracking = tracking;
        setId("tracked-posts");
        TrackedPostGrid grid = new TrackedPostGrid();
        screen = new LazyGridScreen<>(background, new ScreenTexts(getTranslation("tracking.posts.title"),
                getTranslation("tracking.posts.empty"), rows -> getTranslation(rows.estimate()
                        ? "tracking.posts.countEstimate" : "tracking.posts.count", rows.total()),
                "post-count", "posts-load-failed"),
                new GridSorting<>(grid, PostQuery.Sort.class, PostFilter.DEFAULT_SORT, TrackedPostGrid.SORT_KEYS),
                TrackedPost::id, new PostFilterBar(), PostFilter.URL);
        grid.addItemClickListener(e -> UserAction.run(background, null, () -> tracking.post(guildId, e.getItem().id()),
                post -> new PostDetailDialog(post).open(), gone -> screen.refresh()));
        // the rows the grid shows now, with its filters and sort (the file's count is the list's when the job starts)
        ExportTheseRows.counted(screen, exports, background, () -> guildId, ExportType.POSTS, () -> {
            PostFilter filter = screen.currentFilter();
            return filter == null || !filter.problems().isEmpty() ? null
                    : ExportFilters.posts(filter.query(screen.currentSort(), UserTime.of(this)));
        }, () -> BrandNames.of(screen.currentChoices().brands())); // the brand filter's names, not loaded again
        add(screen);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentGuild.of(event).map(GuildDetail::id).ifPresent(guild -> {
            guildId = guild;
            screen.open(event.getLocation(), new PostRows(tracking, guild, UserTime.of(event.getUI())));
        });
    }

    @Override
    public String sectionTitle() {
        return screen.title();
    }
}
