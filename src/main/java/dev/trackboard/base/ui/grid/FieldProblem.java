package dev.trackboard.base.ui.grid;

import java.util.List;

/**
 * Why a filter value cannot be used, for the field that holds it: {@code field} is the name the
 * filter bar knows the field by (the query parameter's), {@code key} and {@code arguments} the
 * message in the bundle.
 */
public record FieldProblem(String field, String key, List<Object> arguments) {

    public FieldProblem(String field, String key, Object... arguments) {
        this(field, key, List.of(arguments));
    }
}
