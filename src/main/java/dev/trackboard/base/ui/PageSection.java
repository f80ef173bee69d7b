package dev.trackboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A screen that names its own place in the breadcrumb ("Overview", "Tracked accounts", …); the
 * browser tab shows the same name, after which the product's.
 */
public interface PageSection extends HasDynamicTitle {

    String sectionTitle();

    @Override
    default String getPageTitle() {
        return sectionTitle() + " · Trackboard";
    }

    /** The section title of {@code view}, or null when it does not name one. */
    static String of(Component view) {
        return view instanceof PageSection section ? section.sectionTitle() : null;
    }
}
