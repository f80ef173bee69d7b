package dev.trackboard.base.ui.grid;

import java.util.List;

/**
 * The filter of a list screen: an immutable record of what the user asked for, each value
 * already checked on its own (a {@link UrlCodec} reads it, a {@link FilterBar} shows and edits it).
 * What only the values together can say — a date range that ends before it starts — is a problem:
 * a filter with problems is not sent to the API, and the bar marks the fields.
 */
public interface ScreenFilter {

    default List<FieldProblem> problems() {
        return List.of();
    }

    /** The filter of a screen that has none (a short list shown whole). */
    enum None implements ScreenFilter {
        NONE;

        public static final UrlCodec<None> URL = UrlCodec.of(url -> NONE, (filter, url) -> { });
    }
}
