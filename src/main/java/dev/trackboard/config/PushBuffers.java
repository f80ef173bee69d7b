package dev.trackboard.config;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Small buffers for the push websocket of every open tab (docs/decisions/0080). Vaadin sets
 * Atmosphere's {@code websocket.bufferSize}, {@code maxTextMessageSize} and {@code maxBinaryMessageSize}
 * to 16 KiB, and Tomcat sizes its frame buffers from them: about 100 KiB per connected tab, nearly
 * all of it for messages from the browser. With {@code WEBSOCKET_XHR} (see Application) the browser
 * sends nothing over the websocket but Atmosphere's one-character keep-alive; its requests travel as
 * XHRs. The server-to-browser direction is not limited by these sizes.
 *
 * <p>Vaadin writes its values into Atmosphere's own parameter map, which wins over servlet
 * parameters, when the servlet context starts; Atmosphere reads them again for every new connection,
 * so they are replaced here, before the first request. Tomcat's container defaults (the buffers a
 * connection starts with) are set through the standard {@link ServerContainer}.
 */
@Component
class PushBuffers implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(PushBuffers.class);

    private final int size;

    PushBuffers(@Value("${trackboard.push.websocket-buffer-size:1024}") int size) {
        this.size = size;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!(event.getSource() instanceof VaadinServletService service) || service.getServlet() == null) {
            return; // not a servlet deployment (unit tests with a mocked service)
        }
        ServletContext context = service.getServlet().getServletContext();
        if (context.getAttribute(ServerContainer.class.getName()) instanceof ServerContainer container) {
            container.setDefaultMaxTextMessageBufferSize(size);
            container.setDefaultMaxBinaryMessageBufferSize(size);
        }
        Object atmosphere = context.getAttribute(
                JSR356WebsocketInitializer.getAttributeName(service.getServlet().getServletName()));
        if (atmosphere instanceof AtmosphereFramework framework) {
            String value = String.valueOf(size);
            framework.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, value);
            framework.addInitParameter(ApplicationConfig.WEBSOCKET_MAXTEXTSIZE, value);
            framework.addInitParameter(ApplicationConfig.WEBSOCKET_MAXBINARYSIZE, value);
        } else if (context.getAttribute(ServerContainer.class.getName()) != null) {
            log.warn("Push websocket buffers stay at Vaadin's 16 KiB: no pre-initialized Atmosphere for servlet {}",
                    service.getServlet().getServletName());
        }
    }
}
