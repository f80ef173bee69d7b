package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.guild.GuildDetail;
import dev.trackboard.api.tracking.Platform;
import dev.trackboard.api.tracking.PostQuery;
import dev.trackboard.api.tracking.TrackedAccount;
import dev.trackboard.api.tracking.TrackedBrand;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.PageSection;
import dev.trackboard.base.ui.UserAction;
import dev.trackboard.guild.ui.CurrentGuild;
import dev.trackboard.guild.ui.GuildLayout;
import dev.trackboard.tracking.TrackingService;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Tracked posts: a lazy grid over up to millions of rows, filters and sort in the URL, a detail dialog. */
@Route(value = "tracking/posts", layout = GuildLayout.class)
@PermitAll
public class TrackedPostsView extends Div implements BeforeEnterObserver, HasDynamicTitle, PageSection {

    private final TrackingService tracking;
    private final TrackedPostGrid grid;
    private final SearchField search;
    private final Select<Platform> platform = new Select<>();
    private final ComboBox<TrackedBrand> brand = new ComboBox<>();
    private final AccountComboBox account = new AccountComboBox();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Span count = new Span();
    private GuildId guildId;
    private UrlState url;
    private boolean restoring;

    private final Background background;
    private final LoadFailure failure = new LoadFailure("posts-load-failed");
    private final GridRecovery recovery;
    private int navigations;

    public TrackedPostsView(TrackingService tracking, Background background) {
        this.tracking = tracking;
        this.background = background;
        this.grid = new TrackedPostGrid(this::getTranslation);
        this.search = new SearchField("post-search", getTranslation("tracking.posts.search"));
        addClassName("tb-page");
        setId("tracked-posts");
        count.addClassName("tb-page-subtitle");
        count.setId("post-count");
        recovery = new GridRecovery(grid, failure, background, getTranslation("tracking.posts.empty"),
                getTranslation("tracking.loadFailed"));
        add(new H1(getTranslation("tracking.posts.title")), count, toolbar(), failure, grid);
        grid.addSortListener(e -> {
            if (!restoring) {
                writeUrl();
            }
        });
        grid.addItemClickListener(e -> UserAction.run(background, null, () -> tracking.post(guildId, e.getItem().id()),
                post -> new PostDetailDialog(post).open(), gone -> grid.getDataProvider().refreshAll()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        guildId = CurrentGuild.of(event).map(GuildDetail::id).orElse(null);
        if (guildId == null) {
            return; // the layout is still asking the API; this view is not shown
        }
        url = UrlState.of(event.getLocation());
        restoring = true;
        try {
            // every value read from the URL is checked: what the screen cannot use is left unset
            search.restore(url, "q");
            platform.setValue(url.option("platform", Platform.class));
            account.show(tracking, guildId);
            from.setValue(url.date("from"));
            to.setValue(url.date("to"));
            grid.restoreSort(url.option("sort", PostQuery.Sort.class), !"asc".equals(url.get("dir")));
        } finally {
            restoring = false;
        }
        // the brand and account filters need the guild's brands and that account: loaded off the
        // lock, then the grid asks for rows
        Long brandId = url.id("brand");
        Long accountId = url.id("account");
        int mine = ++navigations;
        background.load(event.getUI(), () -> new UrlFilters(tracking.brands(guildId), account.lookUp(accountId)),
                () -> mine == navigations, failure::setVisible, filters -> {
                    restoring = true;
                    brand.setItems(filters.brands());
                    brand.setValue(filters.brands().stream().filter(b -> brandId != null && b.id() == brandId)
                            .findFirst().orElse(null));
                    account.setValue(filters.account());
                    restoring = false;
                    grid.show(tracking, guildId, this::query, page -> count.setText(getTranslation(
                            page.totalIsEstimate() ? "tracking.posts.countEstimate" : "tracking.posts.count",
                            TrackingFormat.number(page.total(), getLocale()))), recovery);
                });
    }

    /** What the URL's brand and account filters refer to (account null: none, unknown or foreign). */
    private record UrlFilters(List<TrackedBrand> brands, TrackedAccount account) {
    }

    private Div toolbar() {
        platform.setId("post-platform-filter");
        platform.setItems(Platform.values());
        platform.setEmptySelectionAllowed(true);
        platform.setEmptySelectionCaption(getTranslation("tracking.filter.allPlatforms"));
        platform.setItemLabelGenerator(p -> p == null ? getTranslation("tracking.filter.allPlatforms")
                : getTranslation("tracking.platform." + p.name()));
        brand.setId("post-brand-filter");
        brand.setPlaceholder(getTranslation("tracking.filter.brand"));
        brand.setItemLabelGenerator(TrackedBrand::name);
        brand.setClearButtonVisible(true);
        account.setId("post-account-filter");
        account.setWidth("13rem");
        from.setId("post-from");
        from.setWidth("9.5rem");
        to.setWidth("9.5rem");
        from.setPlaceholder(getTranslation("tracking.posts.from"));
        to.setId("post-to");
        to.setPlaceholder(getTranslation("tracking.posts.to"));
        List.of(from, to).forEach(picker -> {
            picker.setMin(UrlState.FIRST_DATE);
            picker.setMax(UrlState.LAST_DATE);
        });
        search.addValueChangeListener(e -> filtersChanged());
        account.addValueChangeListener(e -> filtersChanged());
        platform.addValueChangeListener(e -> filtersChanged());
        brand.addValueChangeListener(e -> filtersChanged());
        from.addValueChangeListener(e -> filtersChanged());
        to.addValueChangeListener(e -> filtersChanged());
        Div toolbar = new Div(search, platform, brand, account, from, to);
        toolbar.addClassName("tb-toolbar");
        return toolbar;
    }

    private void filtersChanged() {
        if (!restoring) {
            writeUrl();
            grid.getDataProvider().refreshAll();
        }
    }

    private void writeUrl() {
        url.set("q", search.text());
        url.set("platform", platform.getValue());
        url.set("brand", brand.getValue() == null ? null : brand.getValue().id());
        url.set("account", account.accountId());
        url.set("from", from.getValue());
        url.set("to", to.getValue());
        url.set("sort", grid.sort().name().toLowerCase(java.util.Locale.ROOT));
        url.set("dir", grid.descending() ? null : "asc");
        url.write(UI.getCurrent());
    }

    PostQuery query(PostQuery.Sort sort, boolean descending) {
        ZoneId zone = ZoneId.systemDefault();
        // a date typed past the pickers' range is refused by the picker and not sent
        LocalDate first = UrlState.withinDateRange(from.getValue());
        LocalDate last = UrlState.withinDateRange(to.getValue());
        return new PostQuery(account.accountId(), brand.getValue() == null ? null : brand.getValue().id(),
                platform.getValue(), first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant(),
                search.text(), sort, descending);
    }

    @Override
    public String sectionTitle() {
        return getTranslation("tracking.posts.title");
    }

    @Override
    public String getPageTitle() {
        return sectionTitle() + " · Trackboard";
    }
}
