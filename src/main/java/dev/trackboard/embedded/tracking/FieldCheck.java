package dev.trackboard.embedded.tracking;

import dev.trackboard.embedded.ApiProblem;
import java.util.ArrayList;
import java.util.List;

/** Collects the field errors of one request and refuses it with all of them at once. */
public final class FieldCheck {

    private final List<ApiProblem.FieldError> errors = new ArrayList<>();

    /** The stripped text, or null after recording an error when it is missing or too long. */
    public String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            fail(field, "is required");
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            fail(field, "must be at most " + max + " characters");
            return null;
        }
        if (stripped.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            fail(field, "must not contain control characters");
            return null;
        }
        return stripped;
    }

    /** The name cleaned by {@link NameText}, or null after recording why it was refused. */
    String name(String field, String value, int max) {
        NameText.Cleaned cleaned = NameText.clean(value, max);
        if (cleaned.problem() != null) {
            fail(field, cleaned.problem());
        }
        return cleaned.value();
    }

    public void fail(String field, String message) {
        errors.add(new ApiProblem.FieldError(field, message));
    }

    public boolean failed(String field) {
        return errors.stream().anyMatch(error -> error.field().equals(field));
    }

    public void throwIfFailed() {
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }

    public static ApiProblem single(String field, String message) {
        return ApiProblem.invalid(List.of(new ApiProblem.FieldError(field, message)));
    }
}
