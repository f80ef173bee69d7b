package dev.trackboard.embedded.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.trackboard.config.TrackboardProperties;
import dev.trackboard.embedded.db.EmbeddedDatabaseConfiguration;
import dev.trackboard.embedded.db.EmbeddedDatabaseHeadStart;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database and demo data are prepared by the context initializer, before any bean exists: the
 * context below has the database beans but no seeder bean, and still finds the demo data.
 */
class DemoDataHeadStartTest {

    @TempDir
    Path dataDir;

    @Test
    void anEmbeddedContextGetsItsDatabaseMigratedAndFilledByTheHeadStart() {
        try (AnnotationConfigApplicationContext context = context("embedded")) {
            assertThat(context.containsBean(EmbeddedDatabaseHeadStart.BEAN_NAME)).isTrue();
            JdbcClient jdbc = JdbcClient.create(context.getBean(HikariDataSource.class));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM embedded_fixture WHERE name = ?").param(DemoFixtureSeeder.FIXTURE)
                    .query(Integer.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT SUM(posts) FROM trk_generated").query(Integer.class).single())
                    .isEqualTo(300 + 3 * 100);
        }
    }

    @Test
    void aContextThatFailsBeforeItTookTheDatabaseOverStillClosesIt() {
        AnnotationConfigApplicationContext context = initialized("embedded");
        var headStart = (EmbeddedDatabaseHeadStart) context.getBeanFactory()
                .getSingleton(EmbeddedDatabaseHeadStart.BEAN_NAME);
        context.registerBean("failsFirst", Object.class, () -> {
            throw new IllegalStateException("a bean that fails before the database beans");
        });
        assertThatThrownBy(context::refresh).hasMessageContaining("failsFirst");
        assertThat(headStart.dataSource().isClosed()).isTrue();
    }

    @Test
    void productionModeStartsNothing() {
        try (AnnotationConfigApplicationContext context = context("production")) {
            assertThat(context.containsBean(EmbeddedDatabaseHeadStart.BEAN_NAME)).isFalse();
            assertThat(context.getBeansOfType(HikariDataSource.class)).isEmpty();
        }
    }

    /** The database beans and the settings they bind, no seeder bean. */
    private AnnotationConfigApplicationContext context(String mode) {
        AnnotationConfigApplicationContext context = initialized(mode);
        context.registerBean(TrackboardProperties.class,
                () -> Binder.get(context.getEnvironment()).bindOrCreate("trackboard", TrackboardProperties.class));
        context.register(EmbeddedDatabaseConfiguration.class);
        context.refresh();
        return context;
    }

    private AnnotationConfigApplicationContext initialized(String mode) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", Map.of(
                "trackboard.mode", mode, "trackboard.data-dir", dataDir.toString(),
                "trackboard.embedded.large-guild-posts", "300", "trackboard.embedded.guild-posts", "100")));
        new DemoDataHeadStart().initialize(context);
        return context;
    }
}
