package dev.trackboard.legal.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.trackboard.base.ui.PublicLayout;
import dev.trackboard.base.ui.ShellLinks;

/** Privacy notice; public. */
@Route(value = "privacy", layout = PublicLayout.class)
@AnonymousAllowed
public class PrivacyView extends LegalPage {

    public PrivacyView(ShellLinks links) {
        super("legal.privacy", links);
        setId("privacy");
    }
}
