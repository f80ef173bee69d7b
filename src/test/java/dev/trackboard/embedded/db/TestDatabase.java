package dev.trackboard.embedded.db;

import com.zaxxer.hikari.HikariDataSource;
import dev.trackboard.config.TrackboardProperties;
import java.nio.file.Path;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import java.util.Map;

/** The embedded database on its own, without the application: open, use, close, open again ("restart"). */
public final class TestDatabase implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    private TestDatabase(HikariDataSource dataSource, JdbcClient jdbc, TransactionTemplate transactions) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    public static TestDatabase open(Path dataDir) {
        TrackboardProperties properties = new Binder(new MapConfigurationPropertySource(Map.of(
                "trackboard.mode", "embedded", "trackboard.data-dir", dataDir.toString())))
                .bindOrCreate("trackboard", TrackboardProperties.class);
        EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();
        HikariDataSource dataSource = EmbeddedDatabaseConfiguration.open(properties);
        EmbeddedDatabaseConfiguration.migrate(dataSource);
        var schema = new EmbeddedDatabaseConfiguration.EmbeddedSchema();
        return new TestDatabase(dataSource, configuration.embeddedJdbcClient(dataSource, schema),
                configuration.embeddedTransactions(dataSource));
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    public TransactionTemplate transactions() {
        return transactions;
    }

    public int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
