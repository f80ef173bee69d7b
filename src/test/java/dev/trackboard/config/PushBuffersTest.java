package dev.trackboard.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.spring.SpringServlet;
import dev.trackboard.Application;
import dev.trackboard.embedded.EmbeddedAppTest;
import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/** The push websocket's browser-to-server buffers are the configured size, not Vaadin's 16 KiB. */
@EmbeddedAppTest
class PushBuffersTest {

    @Value("${trackboard.push.websocket-buffer-size}")
    int size;
    @Autowired
    ServletRegistrationBean<SpringServlet> vaadin;

    @Test
    void atmosphereGivesEveryNewConnectionTheSmallBuffers() {
        ServletContext context = vaadin.getServlet().getServletContext();
        AtmosphereConfig atmosphere = ((AtmosphereFramework) context.getAttribute(
                JSR356WebsocketInitializer.getAttributeName(vaadin.getServlet().getServletName()))).getAtmosphereConfig();

        assertThat(size).isLessThan(16_384);
        assertThat(atmosphere.getInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE)).isEqualTo(String.valueOf(size));
        assertThat(atmosphere.getInitParameter(ApplicationConfig.WEBSOCKET_MAXTEXTSIZE)).isEqualTo(String.valueOf(size));
        assertThat(atmosphere.getInitParameter(ApplicationConfig.WEBSOCKET_MAXBINARYSIZE)).isEqualTo(String.valueOf(size));
    }

    @Test
    void tomcatStartsEveryWebsocketWithTheSmallBuffers() {
        ServerContainer container = (ServerContainer) vaadin.getServlet().getServletContext()
                .getAttribute(ServerContainer.class.getName());

        assertThat(container.getDefaultMaxTextMessageBufferSize()).isEqualTo(size);
        assertThat(container.getDefaultMaxBinaryMessageBufferSize()).isEqualTo(size);
    }

    @Test
    void theBrowserSendsNothingButKeepAlivesOverTheWebsocket() {
        // with Transport.WEBSOCKET the client would send its UIDL over the websocket, and a message
        // larger than the buffer would close it (1009): the small buffers rely on WEBSOCKET_XHR
        assertThat(Application.class.getAnnotation(Push.class).transport()).isEqualTo(Transport.WEBSOCKET_XHR);
    }
}
