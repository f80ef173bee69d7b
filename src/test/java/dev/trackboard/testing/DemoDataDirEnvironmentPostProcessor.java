package dev.trackboard.testing;

import dev.trackboard.embedded.demo.DemoDataDirs;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives an application under test a data directory with its demo data already generated
 * ({@link DemoDataDirs}) when it is started with {@value #PROPERTY}: {@code copy} for a fresh copy of
 * this JVM's template, {@code kept} for the directory kept under {@code target/} across runs. The
 * volumes come from {@code trackboard.embedded.large-guild-posts} and {@code guild-posts}, which the
 * test must set. Runs before the application's own post-processors, which may read the data directory.
 */
public class DemoDataDirEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY = "trackboard.test.demo-data";
    private static final String SOURCE_NAME = "trackboardTestDemoData";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String mode = environment.getProperty(PROPERTY);
        if (mode == null || environment.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        int large = environment.getRequiredProperty("trackboard.embedded.large-guild-posts", Integer.class);
        int guild = environment.getRequiredProperty("trackboard.embedded.guild-posts", Integer.class);
        Path dataDir = switch (mode) {
            case "copy" -> DemoDataDirs.copy(large, guild);
            case "kept" -> DemoDataDirs.kept(large, guild);
            default -> throw new IllegalArgumentException(PROPERTY + " must be copy or kept, not " + mode);
        };
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME,
                Map.of("trackboard.data-dir", dataDir.toString())));
    }

    @Override
    public int getOrder() {
        // after the config files, the command line and a test's inlined properties; before the
        // embedded defaults (LOWEST_PRECEDENCE), which read the data directory for the client secret
        return Ordered.LOWEST_PRECEDENCE - 1;
    }
}
