package dev.trackboard.base.ui.grid;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.IdentifierProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.shared.Registration;
import dev.trackboard.base.ui.AppIcon;
import dev.trackboard.base.ui.Background;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The skeleton of a list screen: title, row count, filter bar and actions, an error banner, and a
 * lazy grid whose filter and sort live in the URL. It reads the link through the filter's
 * {@link UrlCodec}, loads what the filters offer off the session lock ({@link GridSource#prepare}),
 * then lets the grid read pages; every change of filter or sort is written back to the address.
 * The grid's empty state says which of loading, no match, a filter to correct, or an API that is
 * not answering (then it tries again by itself) holds. Views compose it and hand it its parts;
 * the parts do not know the view.
 */
public final class LazyGridScreen<T, F extends ScreenFilter, S extends Enum<S>, D> extends Div {

    /** Below this window width the columns marked {@link #secondary} are not shown. */
    static final int NARROW_WIDTH = 720;
    private static final String SECONDARY = "tb-secondary-column";
    private static final String NARROW_ONLY = "tb-narrow-column";

    private final Background background;
    private final ScreenTexts texts;
    private final Grid<T> grid;
    private final GridSorting<T, S> sorting;
    private final FilterBar<F, D> filters;
    private final UrlCodec<F> codec;
    private final Span count = new Span();
    private final Div toolbar;
    private final LoadFailure failure;
    private final GridRecovery recovery;
    private final IdentifierProvider<T> rowId;
    private Registration resizing;
    private boolean counted = true;
    private Consumer<RowCount> countListener = rows -> { };

    private GridSource<T, F, S, D> source; // null while a navigation's data is loading
    private D prepared;
    private F filter;
    private UrlState url;
    private boolean failing;
    private int loads;

    public LazyGridScreen(Background background, ScreenTexts texts, GridSorting<T, S> sorting,
                          IdentifierProvider<T> rowId, FilterBar<F, D> filters, UrlCodec<F> codec) {
        this.background = background;
        this.texts = texts;
        this.sorting = sorting;
        this.grid = sorting.grid();
        this.filters = filters;
        this.codec = codec;
        this.failure = new LoadFailure(texts.failureId());
        this.recovery = new GridRecovery(grid, background, this::trouble);
        this.rowId = rowId;
        addClassNames("tb-page", "tb-grid-screen");
        count.addClassName("tb-page-subtitle");
        count.setId(texts.countId());
        toolbar = new Div(filters);
        toolbar.addClassName("tb-toolbar");
        add(new H1(texts.title()), count, toolbar, failure, grid);
        // stable identity: selection, refreshItem and the editor survive changed fields
        grid.setItems(this::page, this::count).setIdentifierProvider(rowId);
        filters.onChange(this::filterChanged);
        sorting.onSort(sort -> writeUrl());
        showState();
    }

    public String title() {
        return texts.title();
    }

    /** The screen's main action after the filters ("Add account"): a primary button with a plus. */
    public void addPrimaryAction(String id, String text, Runnable action) {
        Button button = new Button(text, AppIcon.PLUS.create(), e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        toolbar.add(button);
    }

    /** A secondary action after the filters ("Export these rows"), shown as a plain button. */
    public Button addAction(String id, String text, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.setId(id);
        toolbar.add(button);
        return button;
    }

    /** The filter the rows are read with now, or null while a navigation's data is loading. */
    public F currentFilter() {
        return source == null ? null : filter;
    }

    /**
     * Told the row count each time the grid counts its rows, and null when the count is not known
     * (loading, a filter to correct, or before an answer): an "Export these N rows" button says N.
     * Screens that {@link #growWhileScrolled} never count.
     */
    public void onCount(Consumer<RowCount> listener) {
        countListener = listener;
    }

    /** What the filters offer now (the source's {@link GridSource#prepare}), or null while a navigation's data is loading. */
    public D currentChoices() {
        return source == null ? null : prepared;
    }

    /** The sort the rows are read with now. */
    public ListSort<S> currentSort() {
        return sorting.current();
    }

    /** A part between the toolbar and the grid (a bulk bar). */
    public void addAboveGrid(Component part) {
        addComponentAtIndex(indexOf(failure), part);
    }

    /** Marks a column that only a phone shows (a compact one standing in for several {@link #secondary} ones). */
    public static <T> Grid.Column<T> narrowOnly(Grid.Column<T> column) {
        ComponentUtil.setData(column, NARROW_ONLY, Boolean.TRUE);
        column.setVisible(false);
        return column;
    }

    /** Marks a column a phone does without, so that the ones that matter and the row actions fit. */
    public static <T> Grid.Column<T> secondary(Grid.Column<T> column) {
        ComponentUtil.setData(column, SECONDARY, Boolean.TRUE);
        return column;
    }

    /**
     * For a source without a total (the audit trail pages by cursor, docs/decisions/0105): the grid
     * grows as it is scrolled, asking for pages until one comes back short, and never asks for a
     * count; after each page {@link GridSource#count} gives the row count shown from what the reads
     * have seen, so there it must not call the API. Call once, right after construction.
     */
    public void growWhileScrolled() {
        counted = false;
        grid.setItems(this::page).setIdentifierProvider(rowId);
    }

    /** Shows the list of one navigation: the filter and sort of {@code location}, the rows of {@code source}. */
    public void open(Location location, GridSource<T, F, S, D> source) {
        url = UrlState.of(location);
        F requested = codec.read(url);
        List<FieldProblem> refused = url.problems();
        sorting.show(sorting.read(url));
        this.source = null; // the last navigation's rows may be another guild's
        showState();
        grid.getDataProvider().refreshAll();
        prepare(source, requested, refused);
    }

    /** Loads again what the filters offer (and a short list itself), then the rows: after a change. */
    public void reload() {
        if (source != null) {
            prepare(source, filter, List.of());
        }
    }

    /** Reads the rows again (after a change to them), dropping the selection. */
    public void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
    }

    private void prepare(GridSource<T, F, S, D> next, F requested, List<FieldProblem> refused) {
        int mine = ++loads;
        background.load(UI.getCurrent(), () -> next.prepare(requested), () -> mine == loads, this::trouble,
                offered -> {
                    filters.show(requested, offered);
                    filter = filters.value(); // what the fields could show: an id they do not offer is gone
                    List<FieldProblem> problems = new ArrayList<>(refused);
                    problems.addAll(filter.problems());
                    filters.mark(problems);
                    source = next;
                    prepared = offered;
                    showState();
                    refresh();
                });
    }

    private void filterChanged() {
        filter = filters.value();
        filters.mark(filter.problems());
        writeUrl();
        showState();
        refresh();
    }

    private boolean readable() {
        return source != null && filter.problems().isEmpty();
    }

    private Stream<T> page(Query<T, Void> query) {
        // read first: Vaadin refuses a fetch that never looked at them, also one that answers nothing
        int offset = query.getOffset();
        int limit = query.getLimit();
        if (!readable()) {
            if (!counted) {
                count.setText("");
            }
            return Stream.empty();
        }
        List<T> rows = recovery.read(() -> source.page(filter, sorting.current(), prepared, offset, limit), List.<T>of());
        if (!counted && !failing) {
            count.setText(texts.count().apply(source.count(filter, prepared)));
        }
        return rows.stream();
    }

    private int count(Query<T, Void> query) {
        countListener.accept(null);
        if (!readable()) {
            count.setText("");
            return 0;
        }
        return recovery.read(() -> {
            RowCount rows = source.count(filter, prepared);
            count.setText(texts.count().apply(rows));
            countListener.accept(rows);
            return (int) Math.min(Integer.MAX_VALUE, rows.total());
        }, 0);
    }

    private void writeUrl() {
        if (url == null) {
            return;
        }
        url.clearWritten();
        codec.write(filter, url);
        sorting.write(url);
        url.write(UI.getCurrent());
    }

    private void trouble(boolean failing) {
        this.failing = failing;
        failure.setVisible(failing);
        showState();
    }

    /** The grid's empty state: never "no matches" while that is not known. */
    private void showState() {
        String key = failing ? "grid.loadFailed" : source == null ? "grid.loading"
                : !filter.problems().isEmpty() ? "grid.filterProblem" : null;
        grid.setEmptyStateText(key == null ? texts.empty() : getTranslation(key));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (grid.getColumns().stream().anyMatch(column -> isMarked(column, SECONDARY) || isMarked(column, NARROW_ONLY))) {
            event.getUI().getPage().retrieveExtendedClientDetails(details -> fit(details.getWindowInnerWidth()));
            resizing = event.getUI().getPage().addBrowserWindowResizeListener(resize -> fit(resize.getWidth()));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (resizing != null) {
            resizing.remove();
            resizing = null;
        }
        super.onDetach(event);
    }

    private void fit(int windowWidth) {
        boolean narrow = windowWidth > 0 && windowWidth < NARROW_WIDTH;
        for (Grid.Column<T> column : grid.getColumns()) {
            if (isMarked(column, SECONDARY) || isMarked(column, NARROW_ONLY)) {
                column.setVisible(narrow == isMarked(column, NARROW_ONLY));
            }
        }
    }

    private static boolean isMarked(Grid.Column<?> column, String mark) {
        return ComponentUtil.getData(column, mark) != null;
    }
}
