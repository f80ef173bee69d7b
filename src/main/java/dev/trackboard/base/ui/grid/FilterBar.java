package dev.trackboard.base.ui.grid;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import dev.trackboard.base.ui.DatePickers;
import java.util.List;
import java.util.Map;

/**
 * The filter fields of a list screen, shown from and read into the screen's filter record. The
 * screen calls {@link #show} with the filter of the link (no change is reported for it) and hears
 * of every change the user makes through {@link #onChange}. Problems are marked on the fields by
 * the name of their query parameter.
 *
 * @param <D> what the fields offer (the guild's brands, …), fetched by the screen's {@link GridSource}
 */
public abstract class FilterBar<F extends ScreenFilter, D> extends Div {

    private boolean showing;
    private Runnable changed = () -> { };

    protected FilterBar() {
        addClassName("tb-filter-bar");
    }

    /** The filter the fields show now. */
    public abstract F value();

    /** Puts the filter into the fields, with what they offer; a value they do not offer is left unset. */
    protected abstract void fill(F filter, D offered);

    /** The fields, by the name a {@link FieldProblem} uses. */
    protected abstract Map<String, ? extends HasValidation> fields();

    /** Reports each change of {@code field} made by the user, not those of {@link #show}. */
    /** A day of a date-range filter: the user's days, between the dates a link may name, errors said by the filter. */
    protected final DatePicker dayPicker(String id, String labelKey) {
        DatePicker picker = DatePickers.localized(new DatePicker());
        picker.setId(id);
        picker.addClassName("tb-day-filter");
        picker.setPlaceholder(getTranslation(labelKey));
        picker.setAriaLabel(getTranslation(labelKey));
        picker.setMin(UrlState.FIRST_DATE);
        picker.setMax(UrlState.LAST_DATE);
        picker.setClearButtonVisible(true);
        picker.setManualValidation(true); // the filter says what is wrong with a day, and on which field
        return picker;
    }

    protected final void watch(HasValue<?, ?> field) {
        field.addValueChangeListener(event -> {
            if (!showing) {
                changed.run();
            }
        });
    }

    final void show(F filter, D offered) {
        showing = true;
        try {
            fill(filter, offered);
        } finally {
            showing = false;
        }
    }

    final void onChange(Runnable listener) {
        this.changed = listener;
    }

    /** Marks exactly these problems; every other field is clear. */
    final void mark(List<FieldProblem> problems) {
        fields().forEach((name, field) -> {
            List<String> messages = problems.stream().filter(problem -> problem.field().equals(name))
                    .map(problem -> getTranslation(problem.key(), problem.arguments().toArray())).toList();
            field.setErrorMessage(messages.isEmpty() ? null : String.join(" ", messages));
            field.setInvalid(!messages.isEmpty());
        });
    }

    /** The bar of a screen without filters. */
    public static <D> FilterBar<ScreenFilter.None, D> none() {
        return new FilterBar<>() {
            @Override
            public ScreenFilter.None value() {
                return ScreenFilter.None.NONE;
            }

            @Override
            protected void fill(ScreenFilter.None filter, D offered) {
                // no fields
            }

            @Override
            protected Map<String, HasValidation> fields() {
                return Map.of();
            }
        };
    }
}
