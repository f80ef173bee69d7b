package dev.trackboard.embedded.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.trackboard.config.TrackboardProperties;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded API's database: an H2 file at {@code {trackboard.data-dir}/trackboard}, migrated by
 * Flyway from {@code db/migration/embedded}. Production mode has no database at all, which is why
 * there is no DataSource auto-configuration on the classpath and this class builds it by hand. In
 * the application the database is prepared on a thread of its own from the start
 * ({@link EmbeddedDatabaseHeadStart}); these beans wait for it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnEmbeddedMode
public class EmbeddedDatabaseConfiguration {

    /** The database the head start prepared (embedded mode starts one, {@link EmbeddedDatabaseHeadStart}), else a new one. */
    @Bean(destroyMethod = "close")
    HikariDataSource embeddedDataSource(TrackboardProperties properties,
                                        ObjectProvider<EmbeddedDatabaseHeadStart> headStart) {
        EmbeddedDatabaseHeadStart started = headStart.getIfAvailable();
        return started != null ? started.dataSource() : open(properties);
    }

    /** Migrates the database, unless the head start did (its data source comes migrated). */
    @Bean
    EmbeddedSchema embeddedSchema(HikariDataSource embeddedDataSource,
                                  ObjectProvider<EmbeddedDatabaseHeadStart> headStart) {
        if (headStart.getIfAvailable() == null) {
            migrate(embeddedDataSource);
        }
        return new EmbeddedSchema();
    }

    public static HikariDataSource open(TrackboardProperties properties) {
        Path file = properties.dataDir().toAbsolutePath().normalize().resolve("trackboard");
        HikariConfig config = new HikariConfig();
        config.setPoolName("trackboard-embedded");
        // TRACE_LEVEL_FILE=4: H2 writes no trace file of its own (it grew without bound under load) but
        // hands its messages to SLF4J (logger "h2database"), so an error shows in the application's log
        config.setJdbcUrl("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=4");
        config.setUsername("trackboard");
        config.setPassword("");
        config.setMaximumPoolSize(8);
        return new HikariDataSource(config);
    }

    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/embedded")
                .load()
                .migrate();
    }

    /** Depends on the migrated schema, so nothing queries a database that is not migrated yet. */
    @Bean
    JdbcClient embeddedJdbcClient(DataSource embeddedDataSource, EmbeddedSchema embeddedSchema) {
        return JdbcClient.create(embeddedDataSource);
    }

    @Bean
    TransactionTemplate embeddedTransactions(DataSource embeddedDataSource) {
        return new TransactionTemplate(new DataSourceTransactionManager(embeddedDataSource));
    }

    /** Marker bean: the schema is migrated. */
    public static final class EmbeddedSchema {
        EmbeddedSchema() {
        }
    }
}
