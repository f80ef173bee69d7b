package dev.trackboard.embedded;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Marks every bean of the embedded Tracking API and Discord emulator: it exists only with
 * {@code trackboard.mode=embedded}. In production mode none of this package is instantiated.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = "trackboard.mode", havingValue = "embedded")
public @interface ConditionalOnEmbeddedMode {
}
