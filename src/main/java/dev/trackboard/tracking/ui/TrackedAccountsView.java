package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.guild.GuildDetail;
import dev.trackboard.api.tracking.AccountQuery;
import dev.trackboard.api.tracking.AccountStatus;
import dev.trackboard.api.tracking.Platform;
import dev.trackboard.api.tracking.TrackedAccount;
import dev.trackboard.api.tracking.TrackedBrand;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.PageSection;
import dev.trackboard.base.ui.UserAction;
import dev.trackboard.guild.ui.CurrentGuild;
import dev.trackboard.guild.ui.GuildLayout;
import dev.trackboard.tracking.TrackingService;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** Tracked accounts: lazy grid with search, filters and sort held in the URL, add/edit, bulk actions. */
@Route(value = "tracking/accounts", layout = GuildLayout.class)
@PermitAll
public class TrackedAccountsView extends Div implements BeforeEnterObserver, HasDynamicTitle, PageSection {

    private final TrackingService tracking;
    private final TrackedAccountGrid grid;
    private final SearchField search;
    private final Select<Platform> platform = new Select<>();
    private final ComboBox<TrackedBrand> brand = new ComboBox<>();
    private final Select<AccountStatus> status = new Select<>();
    private final Span count = new Span();
    private GuildId guildId;
    private UrlState url;
    private boolean restoring;
    private final AccountInlineEditor inlineEditor;

    private final Background background;
    private final LoadFailure failure = new LoadFailure("accounts-load-failed");
    private final GridRecovery recovery;
    private int navigations;

    public TrackedAccountsView(TrackingService tracking, Background background) {
        this.tracking = tracking;
        this.background = background;
        this.grid = new TrackedAccountGrid(this::getTranslation);
        this.search = new SearchField("account-search", getTranslation("tracking.accounts.search"));
        // frozen to the end: on a phone the wide grid scrolls sideways, the way to the posts stays in view
        grid.addComponentColumn(this::postsLink).setKey("posts").setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        addClassName("tb-page");
        setId("tracked-accounts");
        count.addClassName("tb-page-subtitle");
        count.setId("account-count");
        recovery = new GridRecovery(grid, failure, background, getTranslation("tracking.accounts.empty"),
                getTranslation("tracking.loadFailed"));
        add(new H1(getTranslation("tracking.accounts.title")), count, toolbar(), new AccountBulkBar(this), failure, grid);
        grid.addSortListener(event -> {
            if (!restoring) {
                writeUrl();
            }
        });
        grid.editHandler(this::openEditor);
        inlineEditor = new AccountInlineEditor(this);
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
            status.setValue(url.option("status", AccountStatus.class));
            grid.restoreSort(url.option("sort", AccountQuery.Sort.class), "desc".equals(url.get("dir")));
        } finally {
            restoring = false;
        }
        // the brand filter needs the guild's brands: loaded off the lock, then the grid asks for rows
        Long brandId = url.id("brand");
        int mine = ++navigations;
        background.load(event.getUI(), () -> tracking.brands(guildId), () -> mine == navigations,
                failure::setVisible, brands -> {
                    restoring = true;
                    brand.setItems(brands);
                    brand.setValue(brands.stream().filter(b -> brandId != null && b.id() == brandId).findFirst()
                            .orElse(null));
                    restoring = false;
                    grid.show(tracking, guildId, this::query, total -> count.setText(getTranslation(
                            "tracking.accounts.count", TrackingFormat.number(total, getLocale()))), recovery);
                });
    }

    private Div toolbar() {
        platform.setId("account-platform-filter");
        platform.setPlaceholder(getTranslation("tracking.filter.platform"));
        platform.setItems(Platform.values());
        platform.setEmptySelectionAllowed(true);
        platform.setEmptySelectionCaption(getTranslation("tracking.filter.allPlatforms"));
        platform.setItemLabelGenerator(p -> p == null ? getTranslation("tracking.filter.allPlatforms")
                : getTranslation("tracking.platform." + p.name()));
        brand.setId("account-brand-filter");
        brand.setPlaceholder(getTranslation("tracking.filter.brand"));
        brand.setItemLabelGenerator(TrackedBrand::name);
        brand.setClearButtonVisible(true);
        status.setId("account-status-filter");
        status.setItems(AccountStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("tracking.filter.allStatuses"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("tracking.filter.allStatuses")
                : getTranslation("tracking.status." + s.name()));
        search.addValueChangeListener(e -> filtersChanged());
        platform.addValueChangeListener(e -> filtersChanged());
        brand.addValueChangeListener(e -> filtersChanged());
        status.addValueChangeListener(e -> filtersChanged());
        Button add = new Button(getTranslation("tracking.accounts.add"), VaadinIcon.PLUS.create(), e -> openEditor(null));
        add.setId("add-account");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div toolbar = new Div(search, platform, brand, status, add);
        toolbar.addClassName("tb-toolbar");
        return toolbar;
    }

    private void filtersChanged() {
        if (restoring) {
            return;
        }
        writeUrl();
        grid.refresh();
    }

    private void writeUrl() {
        url.set("q", search.text());
        url.set("platform", platform.getValue());
        url.set("brand", brand.getValue() == null ? null : brand.getValue().id());
        url.set("status", status.getValue());
        GridSortOrder<TrackedAccount> order = grid.sortOrder();
        url.set("sort", order == null ? null : grid.sortOf(order));
        url.set("dir", order == null ? null : order.getDirection() == SortDirection.DESCENDING ? "desc" : "asc");
        url.write(UI.getCurrent());
    }

    /** The query as the filters and grid sort say now. */
    AccountQuery query(AccountQuery.Sort sort, boolean descending) {
        return new AccountQuery(platform.getValue(), brand.getValue() == null ? null : brand.getValue().id(),
                status.getValue(), search.text(), sort, descending);
    }

    /** The way from an account to its posts: the posts screen filtered by this account. */
    private RouterLink postsLink(TrackedAccount account) {
        RouterLink link = TrackingNavigation.postsOf(guildId, account.id(), getTranslation("tracking.accounts.posts"));
        link.getElement().setAttribute("aria-label", getTranslation("tracking.accounts.postsOf", account.handle()));
        link.addClassName("tb-account-posts");
        return link;
    }

    /** Opens the add/edit dialog with the guild's current brands, fetched off the lock. */
    void openEditor(TrackedAccount account) {
        UserAction.run(background, null, () -> tracking.brands(guildId),
                brands -> new AccountDialog(tracking, background, guildId, brands, account, saved -> grid.refresh())
                        .open(),
                gone -> grid.refresh());
    }

    Background background() {
        return background;
    }

    TrackingService tracking() {
        return tracking;
    }

    GuildId guildId() {
        return guildId;
    }

    TrackedAccountGrid grid() {
        return grid;
    }

    AccountInlineEditor inlineEditor() {
        return inlineEditor;
    }

    @Override
    public String sectionTitle() {
        return getTranslation("tracking.accounts.title");
    }

    @Override
    public String getPageTitle() {
        return sectionTitle() + " · Trackboard";
    }
}
