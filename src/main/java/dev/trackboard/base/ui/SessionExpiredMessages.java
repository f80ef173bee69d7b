package dev.trackboard.base.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * When Vaadin finds the session gone (it timed out, SessionLifetimeFilter ended it, or its node went
 * away), the tab reloads its page without Vaadin's own banner. That page request has a session
 * cookie no longer valid: Spring Security remembers the page and sends the tab to sign-in with the
 * "session expired" notice (security/SecurityConfig), and after signing in the user is back on the
 * page the tab had open, not on the server picker.
 */
@Component
class SessionExpiredMessages implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredURL(null); // reload this page
        messages.setSessionExpiredNotificationEnabled(false);
        event.getSource().setSystemMessagesProvider(info -> messages);
    }
}
