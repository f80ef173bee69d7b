package dev.trackboard.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The product mark: an icon and the name, linking home. */
final class Brand {

    private Brand() {
    }

    static Anchor create() {
        Span mark = new Span(VaadinIcon.CROSSHAIRS.create());
        mark.addClassName("tb-brand-mark");
        Span name = new Span("Trackboard");
        name.addClassName("tb-brand-name");
        Anchor brand = new Anchor("", mark, name);
        brand.addClassName("tb-brand");
        brand.getElement().setAttribute("aria-label", "Trackboard home");
        return brand;
    }
}
