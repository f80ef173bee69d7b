package dev.trackboard.legal.ui;

import com.vaadin.flow.component.Component;

/** Typed navigation into the legal pages, which the public frame and the shell link to. */
public final class LegalNavigation {

    private LegalNavigation() {
    }

    public static Class<? extends Component> terms() {
        return TermsView.class;
    }

    public static Class<? extends Component> privacy() {
        return PrivacyView.class;
    }
}
