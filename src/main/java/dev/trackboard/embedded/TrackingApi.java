package dev.trackboard.embedded;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of the embedded Tracking API ({@code /api/v1}): its errors become RFC 9457
 * problems. Every new API controller (accounts, posts, brands, ...) carries it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface TrackingApi {
}
