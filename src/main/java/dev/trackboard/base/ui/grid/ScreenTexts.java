package dev.trackboard.base.ui.grid;

import java.util.function.Function;

/**
 * What a list screen says: its title, the empty state for a filter that matches nothing, the row
 * count ("1 account", "About 20,000 posts"), and the ids under which tests and styles find the
 * count and the error banner.
 */
public record ScreenTexts(String title, String empty, Function<RowCount, String> count, String countId,
                          String failureId) {
}
