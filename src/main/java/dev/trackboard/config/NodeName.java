package dev.trackboard.config;

import java.util.regex.Pattern;
import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * A node's name as the suffix of its session ids ("…0F3A.a"), so that nginx can send a signed-in
 * browser back to the node that holds its session (deploy/nginx/trackboard.conf,
 * docs/decisions/0110). It is Tomcat's {@code jvmRoute}; without {@code trackboard.node-name} the ids
 * have no suffix, as on a single node.
 */
@Component
class NodeName implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final Pattern VALID = Pattern.compile("[a-z0-9]{1,16}");

    private final String name;

    NodeName(@Value("${trackboard.node-name:}") String name) {
        if (!name.isEmpty() && !VALID.matcher(name).matches()) {
            throw new IllegalArgumentException("trackboard.node-name must be 1 to 16 lower-case letters or digits"
                    + " (it ends every session id and nginx matches it), not: " + name);
        }
        this.name = name;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (name.isEmpty()) {
            return;
        }
        // the session manager reads the engine's jvmRoute when the context starts; the engine is
        // the context's grandparent only once the context is added to its host, so set it then
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())
                    && context.getParent() != null && context.getParent().getParent() instanceof Engine engine) {
                engine.setJvmRoute(name);
            }
        }));
    }
}
