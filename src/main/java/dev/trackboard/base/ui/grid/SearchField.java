package dev.trackboard.base.ui.grid;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.trackboard.base.ui.AppIcon;
import java.util.Objects;

/**
 * The free-text search of a list screen. Its text also comes from the link, where the field's
 * length limit does not hold: a longer text is not searched for (the API would refuse it) and the
 * screen says so on the field (a {@link FieldProblem} of {@link UrlState#text}).
 */
public class SearchField extends TextField {

    /** The API's limit for search text. */
    public static final int MAX_LENGTH = 200;

    public SearchField(String id, String placeholder) {
        setId(id);
        setPlaceholder(placeholder);
        setAriaLabel(placeholder);
        setPrefixComponent(AppIcon.SEARCH.create());
        setClearButtonVisible(true);
        setValueChangeMode(ValueChangeMode.LAZY);
        setMaxLength(MAX_LENGTH);
        setManualValidation(true); // the filter bar marks it
    }

    public void show(String text) {
        setValue(Objects.requireNonNullElse(text, ""));
    }

    /** The text to search for, or null for none. */
    public String text() {
        String text = getValue().strip();
        return text.isEmpty() || text.length() > MAX_LENGTH ? null : text;
    }
}
