package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Objects;

/**
 * The free-text search of a list screen. Its text comes from the URL too, where the field's length
 * limit does not hold: a longer text is not searched for (the API would refuse it) but said so on
 * the field, until the user types.
 */
class SearchField extends TextField {

    /** The API's limit for search text. */
    static final int MAX_LENGTH = 200;

    SearchField(String id, String placeholder) {
        setId(id);
        setPlaceholder(placeholder);
        setAriaLabel(placeholder);
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setValueChangeMode(ValueChangeMode.LAZY);
        setMaxLength(MAX_LENGTH);
        addValueChangeListener(e -> setErrorMessage(null));
    }

    void restore(UrlState url, String name) {
        setValue(Objects.requireNonNullElse(url.text(name, MAX_LENGTH), ""));
        // set either way: the same view instance is reused when only the query changes
        boolean tooLong = url.tooLong(name, MAX_LENGTH);
        setErrorMessage(tooLong ? getTranslation("tracking.search.tooLong", MAX_LENGTH) : null);
        setInvalid(tooLong);
    }

    /** The text to search for, or null for none. */
    String text() {
        String text = getValue().strip();
        return text.isEmpty() || text.length() > MAX_LENGTH ? null : text;
    }
}
