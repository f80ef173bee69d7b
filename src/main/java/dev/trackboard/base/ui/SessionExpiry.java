package dev.trackboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

/** When the API says the session is over: drop the dashboard session too and go to sign-in. */
public final class SessionExpiry {

    static final String LOGIN_EXPIRED = "/login?expired";

    private SessionExpiry() {
    }

    public static void endAndSignIn(UI ui) {
        ui.getPage().setLocation(LOGIN_EXPIRED);
        VaadinSession session = ui.getSession();
        WrappedSession http = session == null ? null : session.getSession();
        if (http != null) {
            http.invalidate();
        }
    }
}
