package dev.trackboard.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers every unknown path and every guild the user may not open, with the same page and the
 * same 404 status, so the answer does not reveal whether a guild exists. Inside the app shell for a
 * signed-in user ({@link ErrorPageLayout}).
 */
@ParentLayout(ErrorPageLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle, PageSection {

    private final ShellLinks links;

    public NotFoundView(ShellLinks links) {
        this.links = links;
        addClassName("tb-error-page");
        setId("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(ErrorPages.notFound(this, links.home()));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String sectionTitle() {
        return getTranslation("notFound.title");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("notFound.title"));
    }
}
