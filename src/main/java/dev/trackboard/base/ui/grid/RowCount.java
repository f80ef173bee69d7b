package dev.trackboard.base.ui.grid;

/** How many rows a filter matches; {@code estimate} when the API only knows about how many. */
public record RowCount(long total, boolean estimate) {

    public static RowCount exactly(long total) {
        return new RowCount(total, false);
    }
}
