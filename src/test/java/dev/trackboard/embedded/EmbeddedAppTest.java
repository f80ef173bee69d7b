package dev.trackboard.embedded;

import dev.trackboard.testing.Demo;
import dev.trackboard.testing.DemoDataDirEnvironmentPostProcessor;
import dev.trackboard.testing.TestClock;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application in embedded mode on a random port, with a data directory of its own copied
 * from this test JVM's demo data template (generated once, at the small volumes of {@link Demo}). All
 * embedded integration tests share this one context (same annotation = cached context), so tests that
 * change demo data put it back. The emulator's client secret is set explicitly (it would otherwise be
 * generated in the data directory) so test clients can redeem codes like the dashboard. The clock is a
 * {@link TestClock} that tests may move forward (only forward: other tests share it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "trackboard.mode=embedded",
        DemoDataDirEnvironmentPostProcessor.PROPERTY + "=copy",
        "trackboard.embedded.large-guild-posts=" + Demo.ACME_POSTS,
        "trackboard.embedded.guild-posts=" + Demo.GUILD_POSTS,
        "trackboard.discord.client-secret=" + DemoSignIn.CLIENT_SECRET})
@Import({GuildScopeProbeController.class, TestClock.Config.class})
public @interface EmbeddedAppTest {
}
