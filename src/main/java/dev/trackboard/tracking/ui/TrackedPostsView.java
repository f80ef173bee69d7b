package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.Platform;
import dev.trackboard.api.PostQuery;
import dev.trackboard.api.TrackedBrand;
import dev.trackboard.base.ui.PageSection;
import dev.trackboard.guild.ui.CurrentGuild;
import dev.trackboard.guild.ui.GuildLayout;
import dev.trackboard.guild.ui.GuildNavigation;
import dev.trackboard.tracking.TrackingService;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Tracked posts: a lazy grid over up to millions of rows, filters and sort in the URL, a detail dialog. */
@Route(value = "tracking/posts", layout = GuildLayout.class)
@PermitAll
public class TrackedPostsView extends Div implements BeforeEnterObserver, HasDynamicTitle, PageSection {

    private final TrackingService tracking;
    private final TrackedPostGrid grid;
    private final TextField search = new TextField();
    private final Select<Platform> platform = new Select<>();
    private final ComboBox<TrackedBrand> brand = new ComboBox<>();
    private final TextField account = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Span count = new Span();
    private GuildId guildId;
    private UrlState url;
    private boolean restoring;

    public TrackedPostsView(TrackingService tracking) {
        this.tracking = tracking;
        this.grid = new TrackedPostGrid(this::getTranslation);
        addClassName("tb-page");
        setId("tracked-posts");
        count.addClassName("tb-page-subtitle");
        count.setId("post-count");
        LoadFailure failure = new LoadFailure("posts-load-failed");
        grid.onFailure(failure::setVisible);
        add(new H1(getTranslation("tracking.posts.title")), count, toolbar(), failure, grid);
        grid.addSortListener(e -> {
            if (!restoring) {
                writeUrl();
            }
        });
        grid.addItemClickListener(e -> new PostDetailDialog(tracking.post(guildId, e.getItem().id())).open());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        guildId = event.getRouteParameters().get(GuildNavigation.GUILD_ID).flatMap(GuildId::parse).orElseThrow();
        if (CurrentGuild.of(event.getUI(), guildId).isEmpty()) {
            return; // the layout is still asking the API; this view is not shown
        }
        url = UrlState.of(event.getLocation());
        restoring = true;
        try {
            List<TrackedBrand> brands = tracking.brands(guildId);
            brand.setItems(brands);
            Long brandId = url.number("brand");
            brand.setValue(brands.stream().filter(b -> brandId != null && b.id() == brandId).findFirst().orElse(null));
            search.setValue(url.get("q") == null ? "" : url.get("q"));
            platform.setValue(url.option("platform", Platform.class));
            account.setValue(url.get("account") == null ? "" : url.get("account"));
            from.setValue(date(url.get("from")));
            to.setValue(date(url.get("to")));
            grid.restoreSort(url.option("sort", PostQuery.Sort.class), !"asc".equals(url.get("dir")));
        } finally {
            restoring = false;
        }
        grid.show(tracking, guildId, this::query, page -> count.setText(getTranslation(
                page.totalIsEstimate() ? "tracking.posts.countEstimate" : "tracking.posts.count",
                TrackingFormat.number(page.total(), getLocale()))));
    }

    private Div toolbar() {
        search.setId("post-search");
        search.setPlaceholder(getTranslation("tracking.posts.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(200);
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
        account.setPlaceholder(getTranslation("tracking.posts.accountId"));
        account.setAllowedCharPattern("[0-9]");
        account.setClearButtonVisible(true);
        account.setValueChangeMode(ValueChangeMode.LAZY);
        account.addClassName("tb-narrow-field");
        from.setId("post-from");
        from.setWidth("9.5rem");
        to.setWidth("9.5rem");
        from.setPlaceholder(getTranslation("tracking.posts.from"));
        to.setId("post-to");
        to.setPlaceholder(getTranslation("tracking.posts.to"));
        List.of(search, account).forEach(f -> f.addValueChangeListener(e -> filtersChanged()));
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
        url.set("q", search.getValue().strip());
        url.set("platform", platform.getValue());
        url.set("brand", brand.getValue() == null ? null : brand.getValue().id());
        url.set("account", account.getValue());
        url.set("from", from.getValue());
        url.set("to", to.getValue());
        url.set("sort", grid.sort().name().toLowerCase(java.util.Locale.ROOT));
        url.set("dir", grid.descending() ? null : "asc");
        url.write(UI.getCurrent());
    }

    PostQuery query(PostQuery.Sort sort, boolean descending) {
        String text = search.getValue().strip();
        ZoneId zone = ZoneId.systemDefault();
        Long accountId = account.getValue().isBlank() ? null : Long.parseLong(account.getValue());
        return new PostQuery(accountId, brand.getValue() == null ? null : brand.getValue().id(), platform.getValue(),
                from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant(),
                to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(zone).toInstant(),
                text.isEmpty() ? null : text, sort, descending);
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
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
