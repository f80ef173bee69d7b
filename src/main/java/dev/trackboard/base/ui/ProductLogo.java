package dev.trackboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/** The product mark: an icon and the name, linking home. */
final class ProductLogo {

    private ProductLogo() {
    }

    static RouterLink create(Class<? extends Component> home) {
        RouterLink logo = new RouterLink(home);
        Span mark = new Span(AppIcon.CROSSHAIRS.create());
        mark.addClassName("tb-brand-mark");
        Span name = new Span(logo.getTranslation("app.name"));
        name.addClassName("tb-brand-name");
        logo.add(mark, name);
        logo.addClassName("tb-brand");
        logo.getElement().setAttribute("aria-label", logo.getTranslation("app.home"));
        return logo;
    }
}
