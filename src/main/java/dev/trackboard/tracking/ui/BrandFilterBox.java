package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import dev.trackboard.api.tracking.TrackedBrand;
import java.util.List;

/** The brand filter: one of the guild's brands, or none. The URL holds the brand's id. */
class BrandFilterBox extends ComboBox<TrackedBrand> {

    BrandFilterBox(String id) {
        setId(id);
        setPlaceholder(getTranslation("tracking.filter.brand"));
        setAriaLabel(getTranslation("tracking.filter.brand"));
        setItemLabelGenerator(TrackedBrand::name);
        setClearButtonVisible(true);
    }

    /** Offers {@code brands} and chooses the one with this id; an id the guild does not have is none. */
    void show(List<TrackedBrand> brands, Long brandId) {
        setItems(brands);
        setValue(brands.stream().filter(b -> brandId != null && b.id() == brandId).findFirst().orElse(null));
    }

    Long brandId() {
        return getValue() == null ? null : getValue().id();
    }
}
