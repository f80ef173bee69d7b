package dev.trackboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;

/**
 * Where the user is: a trail of links, the last one being the current page. On a phone only the
 * current page is shown (trackboard.css), and on guild pages not even that: the guild switcher
 * names the guild there and the page heading the section.
 */
public class Breadcrumb extends Nav {

    /** One step of the trail: a screen and its route parameters, or, with no target, the current page. */
    public record Crumb(String label, Class<? extends Component> target, RouteParameters parameters) {

        public static Crumb link(String label, Class<? extends Component> target, RouteParameters parameters) {
            return new Crumb(label, target, parameters);
        }

        public static Crumb link(String label, Class<? extends Component> target) {
            return new Crumb(label, target, RouteParameters.empty());
        }

        public static Crumb here(String label) {
            return new Crumb(label, null, RouteParameters.empty());
        }
    }

    private final OrderedList trail = new OrderedList();

    public Breadcrumb() {
        addClassName("tb-breadcrumb");
        getElement().setAttribute("aria-label", getTranslation("header.breadcrumb.label"));
        add(trail);
    }

    public void show(List<Crumb> crumbs) {
        trail.removeAll();
        for (int i = 0; i < crumbs.size(); i++) {
            Crumb crumb = crumbs.get(i);
            ListItem item = new ListItem();
            if (i == crumbs.size() - 1 || crumb.target() == null) {
                Span label = new Span(crumb.label());
                label.getElement().setAttribute("aria-current", "page");
                item.add(label);
            } else {
                item.add(new RouterLink(crumb.label(), crumb.target(), crumb.parameters()));
            }
            trail.add(item);
        }
    }
}
