package dev.trackboard.base.ui;

import com.vaadin.flow.component.Component;

/** A screen that names its own place in the breadcrumb ("Overview", "Tracked accounts", …). */
public interface PageSection {

    String sectionTitle();

    /** The section title of {@code view}, or null when it does not name one. */
    static String of(Component view) {
        return view instanceof PageSection section ? section.sectionTitle() : null;
    }
}
