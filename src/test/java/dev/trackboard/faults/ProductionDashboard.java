package dev.trackboard.faults;

import dev.trackboard.embedded.DemoSignIn;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The dashboard as deployed (production mode) on a random port, pointed at the {@link FaultyApiProxy}
 * of this JVM's {@link EmbeddedBackend}. A test class using it registers the moving parts with
 * {@link EmbeddedBackend#register} from its own {@code @DynamicPropertySource} method.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // the start-up check reads these before the dynamic values exist: the defaults satisfy it
        "trackboard.mode=production",
        "trackboard.api.base-url=${fault.api.base-url:http://fault-api.invalid/api/v1}",
        "trackboard.discord.client-id=" + DemoSignIn.CLIENT_ID,
        "trackboard.discord.client-secret=${fault.discord.client-secret:not-yet-known}",
        "management.server.port=-1"})
public @interface ProductionDashboard {
}
