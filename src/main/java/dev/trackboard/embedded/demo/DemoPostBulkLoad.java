package dev.trackboard.embedded.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes a large demo post generation a bulk load: while the rows go in, {@code trk_post} has no
 * secondary indexes and no foreign key, and H2's page cache is large enough to sort an index in
 * memory; afterwards the indexes and the key are built once, over the finished table. Maintaining
 * six indexes row by row took 616 s for a million posts; building them afterwards takes a fraction
 * of that (docs/performance.md, "Tracked posts at a million rows").
 *
 * <p>The index definitions repeat those of {@code V2__tracking_accounts_posts_brands.sql} (a test
 * compares them). {@link #ensureIndexes()} runs on every start, so a start that died half-way
 * through a bulk load gets its indexes back on the next one.
 */
final class DemoPostBulkLoad {

    private static final Logger log = LoggerFactory.getLogger(DemoPostBulkLoad.class);

    /** Below this many new posts, or when the table already holds more, rows go in through the indexes. */
    static final int THRESHOLD = 100_000;
    /** Page cache during the load, in KB: an index over a million posts fits in it. */
    private static final int BULK_CACHE_KB = 256 * 1024;

    static final List<String> INDEXES = List.of(
            "CREATE INDEX IF NOT EXISTS trk_post_posted ON trk_post (guild_id, posted_at, id)",
            "CREATE INDEX IF NOT EXISTS trk_post_likes ON trk_post (guild_id, likes, id)",
            "CREATE INDEX IF NOT EXISTS trk_post_comments ON trk_post (guild_id, comments, id)",
            "CREATE INDEX IF NOT EXISTS trk_post_shares ON trk_post (guild_id, shares, id)",
            "CREATE INDEX IF NOT EXISTS trk_post_views ON trk_post (guild_id, views, id)",
            "CREATE INDEX IF NOT EXISTS trk_post_account ON trk_post (account_id, posted_at)");

    private final JdbcClient jdbc;
    private Integer cacheBefore;

    DemoPostBulkLoad(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether generating {@code pending} posts is worth dropping and rebuilding the indexes. */
    boolean worthIt(long pending) {
        long existing = jdbc.sql("SELECT COUNT(*) FROM trk_post").query(Long.class).single();
        return pending >= THRESHOLD && pending >= existing;
    }

    void begin() {
        // H2 reports the cache in MB and sets it in KB
        cacheBefore = jdbc.sql("SELECT CAST(SETTING_VALUE AS INTEGER) * 1024 FROM INFORMATION_SCHEMA.SETTINGS "
                + "WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'").query(Integer.class).optional().orElse(null);
        if (cacheBefore != null && cacheBefore < BULK_CACHE_KB) {
            jdbc.sql("SET CACHE_SIZE " + BULK_CACHE_KB).update();
        }
        for (String index : INDEXES) {
            jdbc.sql("DROP INDEX IF EXISTS " + index.split(" ")[5]).update();
        }
        for (String foreignKey : foreignKeys()) {
            jdbc.sql("ALTER TABLE trk_post DROP CONSTRAINT " + foreignKey).update();
        }
    }

    /** Builds whatever index or key is missing; cheap when nothing is. */
    void ensureIndexes() {
        long started = System.nanoTime();
        for (String index : INDEXES) {
            jdbc.sql(index).update();
        }
        boolean built = false;
        if (foreignKeys().isEmpty()) {
            jdbc.sql("ALTER TABLE trk_post ADD CONSTRAINT trk_post_account_fk FOREIGN KEY (account_id) "
                    + "REFERENCES trk_account (id) ON DELETE CASCADE").update();
            built = true;
        }
        if (cacheBefore != null && cacheBefore < BULK_CACHE_KB) {
            jdbc.sql("SET CACHE_SIZE " + cacheBefore).update();
            cacheBefore = null;
            built = true;
        }
        if (built) {
            log.info("Built the post indexes in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
    }

    private List<String> foreignKeys() {
        return jdbc.sql("SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS "
                        + "WHERE TABLE_SCHEMA = SCHEMA() AND TABLE_NAME = 'TRK_POST' AND CONSTRAINT_TYPE = 'FOREIGN KEY'")
                .query(String.class).list();
    }
}
