package dev.trackboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The frame of pages anyone may see (sign-in, legal pages, errors): brand on top, legal links below. */
@AnonymousAllowed
public class PublicLayout extends Div implements RouterLayout {

    private final Main content = new Main();

    public PublicLayout(ShellLinks links) {
        addClassName("tb-public");
        Header header = new Header(ProductLogo.create(links.home()));
        header.addClassName("tb-public-header");
        content.addClassName("tb-public-main");
        add(header, content, footer(links));
    }

    private Footer footer(ShellLinks links) {
        RouterLink terms = new RouterLink(getTranslation("legal.terms.title"), links.terms());
        RouterLink privacy = new RouterLink(getTranslation("legal.privacy.title"), links.privacy());
        Footer footer = new Footer(terms, privacy);
        footer.addClassName("tb-public-footer");
        return footer;
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        if (view != null) {
            content.add((Component) view);
        }
    }
}
