package dev.trackboard.base.ui.grid;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A grid's sort as the API's sort keys: one column at a time, each sortable column keyed by its
 * enum constant's name, held in the URL as {@code sort} and {@code dir} (left out for the default).
 * The sort indicator always shows the sort in force — the default too, and one restored from the
 * link; when the user clicks a column back to "unsorted", the default comes back.
 */
public final class GridSorting<T, S extends Enum<S>> {

    /**
     * Grid sends its indicator at once, which on a page's first response runs before the grid's
     * connector and header exist (the grid is set up lazily), so no column showed a sort: this waits
     * for both, for ten seconds at most.
     */
    private static final String SHOW_WHEN_READY = """
            const grid = this;
            let tries = 0;
            const show = () => {
              if (grid.$connector && grid.querySelector('vaadin-grid-sorter')) {
                grid.$connector.setSorterDirections([{column: $0, direction: $1}]);
              } else if (tries++ < 200) {
                setTimeout(show, 50);
              }
            };
            show();""";

    private final Grid<T> grid;
    private final Class<S> type;
    private final ListSort<S> byDefault;
    private final Map<S, String> columnKeys;
    private final boolean fixed;
    private ListSort<S> current;
    private boolean showing;

    /** @param columnKeys the grid column of each sort key that the grid can sort by */
    public GridSorting(Grid<T> grid, Class<S> type, ListSort<S> byDefault, Map<S, String> columnKeys) {
        this(grid, type, byDefault, columnKeys, false);
    }

    /**
     * A list with one order only (the audit trail: newest first), shown on {@code column}; a link's
     * {@code sort} and {@code dir} are ignored, so the indicator never claims an order the rows are not in.
     */
    public static <T, S extends Enum<S>> GridSorting<T, S> oneOrder(Grid<T> grid, Class<S> type, ListSort<S> order,
                                                                   String column) {
        return new GridSorting<>(grid, type, order, Map.of(order.by(), column), true);
    }

    private GridSorting(Grid<T> grid, Class<S> type, ListSort<S> byDefault, Map<S, String> columnKeys, boolean fixed) {
        this.fixed = fixed;
        this.grid = grid;
        this.type = type;
        this.byDefault = byDefault;
        this.columnKeys = Map.copyOf(columnKeys);
        this.current = byDefault;
        grid.setMultiSort(false);
        columnKeys.values().forEach(key -> grid.getColumnByKey(key).setSortable(true));
    }

    Grid<T> grid() {
        return grid;
    }

    ListSort<S> current() {
        return current;
    }

    /** The sort named by the link: an unknown key or direction falls back to the default's. */
    ListSort<S> read(UrlState url) {
        if (fixed) {
            return byDefault;
        }
        S by = url.option("sort", type);
        Direction dir = url.option("dir", Direction.class);
        return new ListSort<>(by == null || !columnKeys.containsKey(by) ? byDefault.by() : by,
                dir == null ? byDefault.descending() : dir == Direction.DESC);
    }

    void write(UrlState url) {
        if (!current.equals(byDefault)) {
            url.set("sort", current.by());
            url.set("dir", current.descending() ? Direction.DESC : Direction.ASC);
        }
    }

    /** Shows {@code sort} on the grid (indicator and data provider's order) without telling anyone. */
    void show(ListSort<S> sort) {
        current = sort;
        Grid.Column<T> column = grid.getColumnByKey(columnKeys.get(sort.by()));
        showing = true;
        try {
            grid.sort(List.of(new GridSortOrder<>(column, sort.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
        } finally {
            showing = false;
        }
        grid.getElement().executeJs(SHOW_WHEN_READY, column.getElement().getProperty("path"),
                sort.descending() ? "desc" : "asc");
    }

    /** Tells {@code changed} when the user (or other code) sorts the grid by another column or direction. */
    void onSort(Consumer<ListSort<S>> changed) {
        grid.addSortListener(event -> {
            if (showing) {
                return; // our own show(): the indicator follows, nothing to tell
            }
            List<GridSortOrder<T>> orders = event.getSortOrder();
            if (orders.isEmpty()) {
                show(byDefault); // "unsorted" is the default order: say so on its column
            } else {
                current = new ListSort<>(keyOf(orders.getFirst()), orders.getFirst().getDirection() == SortDirection.DESCENDING);
            }
            changed.accept(current);
        });
    }

    private S keyOf(GridSortOrder<T> order) {
        String key = order.getSorted().getKey();
        return columnKeys.entrySet().stream().filter(e -> e.getValue().equals(key)).map(Map.Entry::getKey)
                .findFirst().orElse(byDefault.by());
    }

    private enum Direction { ASC, DESC }
}
