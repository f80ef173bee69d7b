package dev.trackboard.config;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Resolves relative URIs ("/api/v1") against this application's own HTTP port. The port is only
 * known once the web server has started (tests use random ports), so resolution is lazy.
 */
@Component
public class LocalServerAddress {

    private final AtomicInteger port = new AtomicInteger(-1);

    @EventListener
    void onWebServerStarted(WebServerInitializedEvent event) {
        // the actuator's management server (its own port) announces itself here too
        if (!WebServerApplicationContext.hasServerNamespace(event.getApplicationContext(), "management")) {
            port.set(event.getWebServer().getPort());
        }
    }

    /** Returns {@code uri} unchanged when absolute, else prefixed with {@code http://localhost:PORT}. */
    public String resolve(String uri) {
        if (uri == null || URI.create(uri).isAbsolute()) {
            return uri;
        }
        int known = port.get();
        if (known <= 0) {
            throw new IllegalStateException("The local server port is not known yet; cannot resolve " + uri);
        }
        return "http://localhost:" + known + (uri.startsWith("/") ? uri : "/" + uri);
    }
}
