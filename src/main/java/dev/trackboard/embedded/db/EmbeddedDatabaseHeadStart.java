package dev.trackboard.embedded.db;

import com.zaxxer.hikari.HikariDataSource;
import dev.trackboard.config.TrackboardProperties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.springframework.beans.factory.DisposableBean;

/**
 * The embedded database opened, migrated and filled on a thread of its own, started before the
 * application context parses its configuration: on a two-core machine that work (H2, Flyway and,
 * on a fresh data directory, the demo data) overlaps the main thread's start instead of following
 * it. {@link EmbeddedDatabaseConfiguration}'s data source bean waits for it, so every bean that
 * touches the database — and with them readiness and the first HTTP 200 — still comes after it.
 */
public final class EmbeddedDatabaseHeadStart implements DisposableBean {

    public static final String BEAN_NAME = "embeddedDatabaseHeadStart";

    private final CompletableFuture<HikariDataSource> ready;

    private EmbeddedDatabaseHeadStart(CompletableFuture<HikariDataSource> ready) {
        this.ready = ready;
    }

    /** Opens and migrates the database, then hands it to {@code fill}, all on a new thread. */
    public static EmbeddedDatabaseHeadStart begin(TrackboardProperties properties, Consumer<HikariDataSource> fill) {
        return new EmbeddedDatabaseHeadStart(CompletableFuture.supplyAsync(() -> {
            HikariDataSource dataSource = EmbeddedDatabaseConfiguration.open(properties);
            try {
                EmbeddedDatabaseConfiguration.migrate(dataSource);
                fill.accept(dataSource);
                return dataSource;
            } catch (RuntimeException | Error e) {
                dataSource.close();
                throw e;
            }
        }, task -> Thread.ofPlatform().name("embedded-database-head-start").start(task)));
    }

    /** The migrated and filled database; waits for it, and fails as the preparation failed. */
    public HikariDataSource dataSource() {
        try {
            return ready.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** A context that failed before it took the database over still closes it (closing twice is harmless). */
    @Override
    public void destroy() {
        ready.thenAccept(HikariDataSource::close).exceptionally(failed -> null).join();
    }
}
