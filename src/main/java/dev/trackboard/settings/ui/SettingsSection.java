package dev.trackboard.settings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.data.binder.Binder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One card of the settings form: a title and its fields in a two-column form layout (one column on a
 * phone). Each section binds its own fields, so a check that reads another field stays next to it;
 * fields are named by the API's field names (ids {@code settings-<name>}, for field errors and
 * {@code ?field=}).
 */
abstract class SettingsSection extends Div {

    private final Map<String, Component> fields = new LinkedHashMap<>();

    /** Binds the section's fields to the form copy, with their checks. */
    abstract void bind(Binder<SettingsForm> binder);

    /** The section's fields by API field name, in form order. */
    final Map<String, Component> fields() {
        return Collections.unmodifiableMap(fields);
    }

    /** Registers {@code component} as the field {@code name}. */
    final <C extends Component> C field(String name, C component) {
        fields.put(name, component);
        component.setId("settings-" + name);
        return component;
    }

    /** Lays out the section; the {@code wide} components take both columns. */
    final void layOut(String titleKey, List<Component> wide, Component... content) {
        FormLayout layout = new FormLayout(content);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        wide.forEach(component -> layout.setColspan(component, 2));
        add(new H2(getTranslation(titleKey)), layout);
        addClassNames("tb-card", "tb-settings-section");
    }
}
