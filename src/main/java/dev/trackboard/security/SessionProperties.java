package dev.trackboard.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code trackboard.session.*} settings. The idle timeout is Spring's own
 * {@code server.servlet.session.timeout}.
 *
 * @param absoluteLifetime how long a sign-in lasts at most, however active the user is
 */
@ConfigurationProperties("trackboard.session")
public record SessionProperties(@DefaultValue("12h") Duration absoluteLifetime) {
}
