package dev.trackboard.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Who reaches the actuator (decision 0036). The actuator runs on its own management port, bound to
 * loopback: whoever can connect there is on the host, so everything exposed there is open. On the
 * dashboard's port only the liveness and readiness probes ({@code /livez}, {@code /readyz}) are
 * served, anonymously. (The actuator cannot be moved onto the dashboard's port by the port alone:
 * with the shipped {@code management.server.address} Spring Boot refuses to start.)
 */
final class ActuatorAccess {

    private ActuatorAccess() {
    }

    static void rules(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(ActuatorAccess::onManagementServer).permitAll()
                .requestMatchers(EndpointRequest.toAdditionalPaths(WebServerNamespace.SERVER, HealthEndpoint.class)).permitAll();
    }

    /** The request came in through the management server (its own child context and port). */
    private static boolean onManagementServer(HttpServletRequest request) {
        WebApplicationContext context = WebApplicationContextUtils.getWebApplicationContext(request.getServletContext());
        return context != null
                && WebServerApplicationContext.hasServerNamespace(context, WebServerNamespace.MANAGEMENT.getValue());
    }
}
