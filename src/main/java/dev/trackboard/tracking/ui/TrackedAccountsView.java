package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.exports.ExportFilters;
import dev.trackboard.api.exports.ExportType;
import dev.trackboard.api.guild.GuildDetail;
import dev.trackboard.api.tracking.AccountQuery;
import dev.trackboard.api.tracking.TrackedAccount;
import dev.trackboard.api.tracking.TrackedBrand;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.PageSection;
import dev.trackboard.base.ui.UserAction;
import dev.trackboard.base.ui.grid.GridSorting;
import dev.trackboard.base.ui.grid.LazyGridScreen;
import dev.trackboard.base.ui.grid.ScreenTexts;
import dev.trackboard.exports.ExportService;
import dev.trackboard.exports.ui.BrandNames;
import dev.trackboard.exports.ui.ExportTheseRows;
import dev.trackboard.guild.ui.CurrentGuild;
import dev.trackboard.guild.ui.GuildLayout;
import dev.trackboard.tracking.TrackingService;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** Tracked accounts: lazy grid with search, filters and sort held in the URL, add/edit inline or in a dialog, bulk actions. */
@Route(value = "tracking/accounts", layout = GuildLayout.class)
@PermitAll
public class TrackedAccountsView extends Div implements BeforeEnterObserver, PageSection {

    private final TrackingService tracking;
    private final Background background;
    private final LazyGridScreen<TrackedAccount, AccountFilter, AccountQuery.Sort, List<TrackedBrand>> screen;
    private GuildId guildId;

    public TrackedAccountsView(TrackingService tracking, Background background, ExportService exports) {
        this.tracking = tracking;
        this.background = background;
        setId("tracked-accounts");
        TrackedAccountGrid grid = new TrackedAccountGrid(this::openDialog,
                account -> TrackingNavigation.postsOf(guildId, account.id(), getTranslation("tracking.accounts.posts")));
        screen = new LazyGridScreen<>(background, new ScreenTexts(getTranslation("tracking.accounts.title"),
                getTranslation("tracking.accounts.empty"), rows -> getTranslation("tracking.accounts.count", rows.total()),
                "account-count", "accounts-load-failed"),
                new GridSorting<>(grid, AccountQuery.Sort.class, AccountFilter.DEFAULT_SORT, TrackedAccountGrid.SORT_KEYS),
                TrackedAccount::id, new AccountFilterBar(), AccountFilter.URL);
        new AccountInlineEditor(grid, background,
                (account, draft) -> tracking.updateAccount(guildId, account.id(), draft), screen::refresh);
        AccountBulkBar bulk = new AccountBulkBar(background, (action, ids) -> tracking.bulk(guildId, action, ids),
                screen::refresh);
        grid.addSelectionListener(event -> bulk.select(event.getAllSelectedItems()));
        screen.addPrimaryAction("add-account", getTranslation("tracking.accounts.add"), () -> openDialog(null));
        ExportTheseRows.counted(screen, exports, background, () -> guildId, ExportType.ACCOUNTS, () -> {
            AccountFilter filter = screen.currentFilter();
            return filter == null || !filter.problems().isEmpty() ? null
                    : ExportFilters.accounts(filter.query(screen.currentSort()));
        }, () -> BrandNames.of(screen.currentChoices())); // the brand filter's names, not loaded again
        screen.addAboveGrid(bulk);
        add(screen);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentGuild.of(event).map(GuildDetail::id).ifPresent(guild -> {
            guildId = guild;
            screen.open(event.getLocation(), new AccountRows(tracking, guild));
        });
    }

    /** Opens the add/edit dialog with the guild's current brands, fetched off the lock. */
    private void openDialog(TrackedAccount account) {
        UserAction.run(background, null, () -> tracking.brands(guildId),
                brands -> new AccountDialog(tracking, background, guildId, brands, account, saved -> screen.refresh()).open(),
                gone -> screen.refresh());
    }

    @Override
    public String sectionTitle() {
        return screen.title();
    }
}
