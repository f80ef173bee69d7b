package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.SortDirection;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.tracking.AccountQuery;
import dev.trackboard.api.tracking.TrackedAccount;
import dev.trackboard.tracking.TrackingService;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * The accounts grid: lazy (pages fetched from the API as the user scrolls), multi-select, sorted on
 * the server. All account text goes through text renderers, never HTML.
 */
class TrackedAccountGrid extends Grid<TrackedAccount> {

    private static final Map<AccountQuery.Sort, String> KEYS = Map.of(
            AccountQuery.Sort.HANDLE, "handle", AccountQuery.Sort.DISPLAY_NAME, "displayName",
            AccountQuery.Sort.PLATFORM, "platform", AccountQuery.Sort.STATUS, "status",
            AccountQuery.Sort.CREATED_AT, "createdAt");

    private Consumer<TrackedAccount> editHandler = account -> { };

    TrackedAccountGrid(Function<String, String> translation) {
        super(TrackedAccount.class, false);
        setId("accounts-grid");
        addClassName("tb-tracking-grid");
        setSelectionMode(SelectionMode.MULTI);
        addColumn(TrackedAccount::handle).setKey("handle").setHeader(translation.apply("tracking.accounts.handle"))
                .setSortable(true).setAutoWidth(true).setFlexGrow(1);
        addColumn(TrackedAccount::displayName).setKey("displayName")
                .setHeader(translation.apply("tracking.accounts.displayName")).setSortable(true).setFlexGrow(2);
        addColumn(a -> translation.apply("tracking.platform." + a.platform().name())).setKey("platform")
                .setHeader(translation.apply("tracking.filter.platform")).setSortable(true).setWidth("8rem").setFlexGrow(0);
        addColumn(a -> a.brandName() == null ? "—" : a.brandName()).setKey("brand")
                .setHeader(translation.apply("tracking.filter.brand")).setFlexGrow(1);
        addComponentColumn(a -> {
            Span pill = new Span(translation.apply("tracking.status." + a.status().name()));
            pill.addClassNames("tb-pill", "tb-status-" + a.status().name().toLowerCase(java.util.Locale.ROOT));
            return pill;
        }).setKey("status").setHeader(translation.apply("tracking.accounts.status")).setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(a -> TrackingFormat.time(a.createdAt(), getLocale())).setKey("createdAt")
                .setHeader(translation.apply("tracking.accounts.added")).setSortable(true).setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(a -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> editHandler.accept(a));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setAriaLabel(translation.apply("tracking.edit"));
            edit.addClassName("tb-edit-account");
            return edit;
        }).setKey("edit").setWidth("4rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        setMultiSort(false);
    }

    void editHandler(Consumer<TrackedAccount> handler) {
        this.editHandler = handler;
    }

    /** Lazy data from the API; reads that fail leave the grid to {@code recovery}. */
    void show(TrackingService tracking, GuildId guildId, BiFunction<AccountQuery.Sort, Boolean, AccountQuery> query,
              LongConsumer total, GridRecovery recovery) {
        // stable identity by id: selection, refreshItem and the editor survive changed fields
        setItems(fetch -> recovery.read(() -> {
            // the sort comes from the grid's own sort state (one column at a time)
            GridSortOrder<TrackedAccount> order = sortOrder();
            AccountQuery q = query.apply(order == null ? AccountQuery.Sort.HANDLE : sort(order),
                    order != null && order.getDirection() == SortDirection.DESCENDING);
            return tracking.accounts(guildId, q, fetch.getOffset(), fetch.getLimit());
        }, List.<TrackedAccount>of()).stream(), countQuery -> recovery.read(() -> {
            GridSortOrder<TrackedAccount> order = sortOrder();
            long count = tracking.countAccounts(guildId, query.apply(order == null ? AccountQuery.Sort.HANDLE
                    : sort(order), false));
            total.accept(count);
            return (int) Math.min(Integer.MAX_VALUE, count);
        }, 0)).setIdentifierProvider(TrackedAccount::id);
    }

    void refresh() {
        deselectAll();
        getDataProvider().refreshAll();
    }

    GridSortOrder<TrackedAccount> sortOrder() {
        List<GridSortOrder<TrackedAccount>> orders = getSortOrder();
        return orders.isEmpty() ? null : orders.getFirst();
    }

    AccountQuery.Sort sort(GridSortOrder<TrackedAccount> order) {
        String key = order.getSorted().getKey();
        return KEYS.entrySet().stream().filter(e -> e.getValue().equals(key)).map(Map.Entry::getKey)
                .findFirst().orElse(AccountQuery.Sort.HANDLE);
    }

    String sortOf(GridSortOrder<TrackedAccount> order) {
        return sort(order).name().toLowerCase(java.util.Locale.ROOT);
    }

    void restoreSort(AccountQuery.Sort sort, boolean descending) {
        if (sort == null) {
            sort(List.of());
            return;
        }
        Column<TrackedAccount> column = getColumnByKey(KEYS.get(sort));
        sort(List.of(new GridSortOrder<>(column, descending ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
    }
}
