package dev.trackboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.trackboard.security.CurrentUser;

/**
 * The frame of the error pages: the app shell for a signed-in user, who keeps the way back (side
 * navigation, user menu, sign-out); the public frame for anyone else. An error view's parent layout
 * is fixed by annotation, so the choice is made here, once per page: signing in or out always loads
 * a new page. Whatever the path was, a guild that is missing and one the user may not open end in
 * the same frame with the same, guild-free shell.
 */
@AnonymousAllowed
public class ErrorPageLayout extends Div implements RouterLayout {

    private final RouterLayout frame;

    public ErrorPageLayout(CurrentUser currentUser) {
        addClassName("tb-error-frame");
        Instantiator instantiator = Instantiator.get(UI.getCurrent());
        frame = currentUser.find().isPresent() ? instantiator.createComponent(MainLayout.class)
                : instantiator.createComponent(PublicLayout.class);
        add((Component) frame);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        frame.showRouterLayoutContent(content);
    }
}
