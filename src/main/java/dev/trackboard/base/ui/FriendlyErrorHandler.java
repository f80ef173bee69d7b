package dev.trackboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.trackboard.api.TrackingApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Failures inside click and value listeners and lazy grid fetches: a short, friendly notification
 * instead of Vaadin's stack-trace dialog (a request the API refused as invalid says so, it is no
 * outage); an ended API session sends the user to sign-in.
 */
@Component
class FriendlyErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        UI ui = UI.getCurrent();
        Throwable cause = rootApiFailure(event.getThrowable());
        if (ui == null) {
            log.warn("Error outside a UI", event.getThrowable());
            return;
        }
        if (cause instanceof TrackingApiException.SessionEnded) {
            SessionExpiry.endAndSignIn(ui);
            return;
        }
        // e.g. a grid page fetch with a search or filter the API refuses: said in the UI's words, no outage
        String key = cause instanceof TrackingApiException problem ? ApiProblemText.key(problem) : "error.notification";
        if (!(cause instanceof TrackingApiException)) {
            log.error("Unexpected error in a UI", event.getThrowable());
        }
        Notification note = Notification.show(ui.getTranslation(key), 5000, Notification.Position.BOTTOM_END);
        note.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static Throwable rootApiFailure(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof TrackingApiException) {
                return t;
            }
        }
        return thrown;
    }
}
