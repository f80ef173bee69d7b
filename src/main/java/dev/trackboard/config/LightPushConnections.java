package dev.trackboard.config;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.PushConnection;
import com.vaadin.flow.server.communication.PushConnectionFactory;

/**
 * Every UI's push connection is a {@link SentMessageReleasingPushConnection}. Found by Vaadin's
 * bootstrap through {@code META-INF/services} (its way of replacing the default connection).
 */
public class LightPushConnections implements PushConnectionFactory {

    @Override
    public PushConnection apply(UI ui) {
        return new SentMessageReleasingPushConnection(ui);
    }
}
