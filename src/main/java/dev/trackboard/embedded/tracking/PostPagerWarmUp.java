package dev.trackboard.embedded.tracking;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the paging anchors of every guild's default posts view (newest first, no filters) in the
 * background once the application is ready, so the first visit to a million-post guild does not
 * pay for the anchor pass (decision 0010).
 */
@Component
@ConditionalOnEmbeddedMode
class PostPagerWarmUp {

    private static final Logger log = LoggerFactory.getLogger(PostPagerWarmUp.class);

    private final PostPager pager;
    private final JdbcClient jdbc;

    PostPagerWarmUp(PostPager pager, JdbcClient embeddedJdbcClient) {
        this.pager = pager;
        this.jdbc = embeddedJdbcClient;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        List<String> guilds = jdbc.sql("SELECT guild_id FROM trk_generated ORDER BY posts DESC").query(String.class).list();
        Thread.ofVirtual().name("post-pager-warm-up").start(() -> {
            PostQuery newestFirst = PostQuery.parse(null, null, null, null, null, null, null, null);
            for (String guildId : guilds) {
                long started = System.nanoTime();
                try {
                    long total = pager.total(guildId, newestFirst);
                    log.info("Posts paging ready for guild {}: {} posts in {} ms", guildId, total,
                            (System.nanoTime() - started) / 1_000_000);
                } catch (RuntimeException e) {
                    log.warn("Posts paging warm-up failed for guild {}: {}", guildId, e.getMessage());
                }
            }
        });
    }
}
