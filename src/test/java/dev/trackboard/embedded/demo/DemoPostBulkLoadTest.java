package dev.trackboard.embedded.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bulk load rebuilds exactly the post indexes the migration declares. */
class DemoPostBulkLoadTest {

    @Test
    void rebuildsTheIndexesOfTheMigration() throws Exception {
        String migration;
        try (InputStream in = getClass().getResourceAsStream(
                "/db/migration/embedded/V2__tracking_accounts_posts_brands.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long declared = migration.lines().filter(line -> line.startsWith("CREATE INDEX trk_post_")).count();
        assertThat(DemoPostBulkLoad.INDEXES).hasSize((int) declared);
        for (String index : DemoPostBulkLoad.INDEXES) {
            assertThat(migration).contains(index.replace("IF NOT EXISTS ", "") + ";");
        }
    }
}
