package dev.trackboard;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Trackboard: the dashboard and, in embedded mode, the Tracking API and Discord emulator it talks to.
 *
 * <p>Push uses WEBSOCKET_XHR: the server pushes over the websocket while client requests travel as
 * ordinary XHRs, so Spring Security's filter chain (session, security context) sees every user action.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/trackboard.css")
public class Application implements AppShellConfigurator {

    /**
     * Tomcat's websocket buffers per connection (input, output, encoder; 8 KiB each by default). Read
     * once, when Tomcat's websocket classes load, from a system property only (decision 0090). The
     * browser sends nothing but keep-alives over the websocket; a larger push goes out in parts.
     */
    static final String WEBSOCKET_BUFFER_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    public static void main(String[] args) {
        if (System.getProperty(WEBSOCKET_BUFFER_PROPERTY) == null) {
            System.setProperty(WEBSOCKET_BUFFER_PROPERTY, "2048");
        }
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
        settings.addMetaTag("description", "Trackboard: the dashboard of the Discord tracking bot");
    }
}
