package dev.trackboard.legal.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.trackboard.base.ui.PublicLayout;
import dev.trackboard.base.ui.ShellLinks;

/** Terms of use; public. */
@Route(value = "terms", layout = PublicLayout.class)
@AnonymousAllowed
public class TermsView extends LegalPage {

    public TermsView(ShellLinks links) {
        super("legal.terms", links);
        setId("terms");
    }
}
