package dev.trackboard.legal.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;
import dev.trackboard.base.ui.ShellLinks;

/** A legal text from the translation bundle: a title, an introduction and numbered sections. */
abstract class LegalPage extends Article implements HasDynamicTitle {

    private static final int SECTIONS = 5;
    private final String prefix;

    LegalPage(String prefix, ShellLinks links) {
        this.prefix = prefix;
        addClassName("tb-legal");
        Paragraph updated = new Paragraph(getTranslation("legal.updated", getTranslation("legal.date")));
        updated.addClassName("tb-muted");
        add(new H1(getTranslation(prefix + ".title")), updated, new Paragraph(getTranslation(prefix + ".intro")));
        for (int i = 1; i <= SECTIONS; i++) {
            add(new H2(getTranslation(prefix + "." + i + ".title")), new Paragraph(getTranslation(prefix + "." + i + ".text")));
        }
        RouterLink back = new RouterLink(getTranslation("legal.back"), links.home());
        back.addClassName("tb-button-link");
        add(back);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation(prefix + ".title"));
    }
}
