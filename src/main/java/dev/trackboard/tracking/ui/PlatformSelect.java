package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.select.Select;
import dev.trackboard.api.tracking.Platform;

/** The platform filter: one platform or all of them (no value). */
class PlatformSelect extends Select<Platform> {

    PlatformSelect(String id) {
        setId(id);
        setAriaLabel(getTranslation("tracking.filter.platform"));
        setItems(Platform.values());
        setEmptySelectionAllowed(true);
        setEmptySelectionCaption(getTranslation("tracking.filter.allPlatforms"));
        setItemLabelGenerator(p -> p == null ? getTranslation("tracking.filter.allPlatforms")
                : getTranslation("tracking.platform." + p.name()));
    }
}
