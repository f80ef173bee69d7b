package dev.trackboard.base.ui.grid;

import java.util.List;

/**
 * Where a list screen's rows come from, made for one navigation (it knows the guild). {@link #prepare}
 * runs off the session lock once per navigation and fetches what the filter fields offer (a guild's
 * brands, the account named in the link) — or, for a short list, the list itself. {@link #page} and
 * {@link #count} are the grid's reads: the one kind of API call allowed under the session lock
 * (docs/decisions/0006). They are never called for a filter with problems.
 *
 * @param <D> what {@link #prepare} fetched, handed to the filter bar and back to the reads
 */
public interface GridSource<T, F extends ScreenFilter, S extends Enum<S>, D> {

    D prepare(F requested);

    List<T> page(F filter, ListSort<S> sort, D prepared, int offset, int limit);

    RowCount count(F filter, D prepared);
}
