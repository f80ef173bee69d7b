package dev.trackboard.base.ui.grid;

/** The order of a list: one sortable column (an enum of the API's sort keys) and its direction. */
public record ListSort<S extends Enum<S>>(S by, boolean descending) {
}
