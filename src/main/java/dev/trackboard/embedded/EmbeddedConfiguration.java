package dev.trackboard.embedded;

import dev.trackboard.config.TrackboardProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/** Shared beans of embedded mode and the startup warning that announces it. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnEmbeddedMode
public class EmbeddedConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedConfiguration.class);

    private final TrackboardProperties properties;

    EmbeddedConfiguration(TrackboardProperties properties) {
        this.properties = properties;
    }

    @Bean
    EmbeddedProperties embeddedProperties(Environment environment) {
        return Binder.get(environment).bindOrCreate("trackboard.embedded", EmbeddedProperties.class);
    }

    /** Before Spring Security, so a queued dashboard request costs nothing but its wait. */
    @Bean
    FilterRegistrationBean<BackendFirstFilter> backendFirstFilter(EmbeddedProperties embedded) {
        var registration = new FilterRegistrationBean<>(
                new BackendFirstFilter(embedded.concurrentPages(), embedded.pageQueueWait()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @EventListener
    void announce(ApplicationStartedEvent started) {
        log.warn("Trackboard runs in EMBEDDED DEMO mode (Discord emulator and Tracking API in-process, data in {}) "
                + "- not for production.", properties.dataDir().toAbsolutePath().normalize());
        ConfigurableEnvironment environment = started.getApplicationContext().getEnvironment();
        String address = environment.getProperty("server.address");
        if (EmbeddedDefaultsEnvironmentPostProcessor.isDefault(environment, "server.address")) {
            log.info("Embedded mode listens on {} only (this machine). To let other machines in, start with "
                    + "--server.address=0.0.0.0 - anyone who reaches the port can then sign in as a demo user.", address);
        } else {
            log.warn("Embedded mode listens on {} as configured (server.address): anyone who reaches the port "
                    + "can sign in as a demo user.", address == null ? "every interface" : address);
        }
    }
}
