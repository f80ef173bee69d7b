package dev.trackboard.base.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * When Vaadin finds the session gone (it timed out, or SessionLifetimeFilter ended it), the tab goes
 * straight to sign-in with the "session expired" notice instead of Vaadin's own banner.
 */
@Component
class SessionExpiredMessages implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredURL(SessionExpiry.LOGIN_EXPIRED);
        messages.setSessionExpiredNotificationEnabled(false);
        event.getSource().setSystemMessagesProvider(info -> messages);
    }
}
