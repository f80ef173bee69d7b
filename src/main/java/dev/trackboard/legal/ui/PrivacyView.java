package dev.trackboard.legal.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.trackboard.base.ui.PublicLayout;

/** Privacy notice; public. */
@Route(value = "privacy", layout = PublicLayout.class)
@AnonymousAllowed
public class PrivacyView extends LegalPage {

    public PrivacyView() {
        super("legal.privacy");
        setId("privacy");
    }
}
