package dev.trackboard.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The product mark: an icon and the name, linking home. */
final class ProductLogo {

    private ProductLogo() {
    }

    static Anchor create() {
        Anchor logo = new Anchor();
        logo.setHref("");
        Span mark = new Span(VaadinIcon.CROSSHAIRS.create());
        mark.addClassName("tb-brand-mark");
        Span name = new Span(logo.getTranslation("app.name"));
        name.addClassName("tb-brand-name");
        logo.add(mark, name);
        logo.addClassName("tb-brand");
        logo.getElement().setAttribute("aria-label", logo.getTranslation("app.home"));
        return logo;
    }
}
