package dev.trackboard.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** Where the user is: a trail of links, the last one being the current page. */
public class Breadcrumb extends Nav {

    /** One step of the trail; {@code href} is null for the current page. */
    public record Crumb(String label, String href) {
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
            boolean current = i == crumbs.size() - 1 || crumb.href() == null;
            ListItem item = new ListItem();
            if (current) {
                Span label = new Span(crumb.label());
                label.getElement().setAttribute("aria-current", "page");
                item.add(label);
            } else {
                item.add(new Anchor(crumb.href(), crumb.label()));
            }
            trail.add(item);
        }
    }
}
