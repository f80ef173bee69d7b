package dev.trackboard.embedded.demo;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.EmbeddedProperties;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brands, accounts and posts for every demo guild with the bot. Brands and accounts are written
 * once; posts are generated inside the database ({@code INSERT ... SELECT} over {@code SYSTEM_RANGE},
 * in chunks) up to {@code trackboard.embedded.large-guild-posts} for Acme Creators and
 * {@code guild-posts} for the others, so raising the setting later tops the guild up on the next start.
 * A large generation runs as a bulk load ({@link DemoPostBulkLoad}: indexes built afterwards).
 * Generated ids are deterministic: guild number × 10^10 + n for posts, × 10^6 for accounts, × 10^3 for brands.
 */
@Component
@ConditionalOnEmbeddedMode
class DemoTrackingSeeder implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DemoTrackingSeeder.class);
    private static final List<String> PLATFORMS = List.of("X", "INSTAGRAM", "TIKTOK", "YOUTUBE", "TWITCH", "BLUESKY");
    /** Posts per transaction: few round trips, a bounded undo log, and a progress line per chunk. */
    private static final int CHUNK = 250_000;
    /** Post numbers below this are hand-written (the hostile posts); generated ones follow. */
    private static final int FIRST_GENERATED = 100;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final EmbeddedProperties properties;

    DemoTrackingSeeder(JdbcClient embeddedJdbcClient, TransactionTemplate embeddedTransactions,
                       EmbeddedProperties properties, DemoFixtureSeeder worldFirst) {
        this.jdbc = embeddedJdbcClient;
        this.transactions = embeddedTransactions;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        Map<DemoFixtures.Guild, int[]> pending = new LinkedHashMap<>();
        for (DemoFixtures.Guild guild : DemoFixtures.GUILDS) {
            if (guild.botJoinedAt() == null) {
                continue;
            }
            boolean large = guild.id().equals(DemoFixtures.ACME);
            int target = large ? properties.largeGuildPosts() : properties.guildPosts();
            Integer generated = jdbc.sql("SELECT posts FROM trk_generated WHERE guild_id = ?").param(guild.id())
                    .query(Integer.class).optional().orElse(null);
            if (generated == null) {
                transactions.executeWithoutResult(status -> seedAccounts(guild, large));
                generated = 0;
            }
            if (generated < target) {
                pending.put(guild, new int[] {generated, target});
            }
        }
        long postsToGenerate = pending.values().stream().mapToLong(range -> range[1] - range[0]).sum();
        DemoPostBulkLoad bulkLoad = new DemoPostBulkLoad(jdbc);
        if (bulkLoad.worthIt(postsToGenerate)) {
            bulkLoad.begin();
        }
        try {
            pending.forEach((guild, range) -> generatePosts(guild, range[0], range[1]));
        } finally {
            bulkLoad.ensureIndexes();
        }
    }

    private void seedAccounts(DemoFixtures.Guild guild, boolean large) {
        Timestamp now = Timestamp.from(Instant.now());
        long brandBase = guild.number() * 1_000L;
        List<String> brands = large
                ? java.util.stream.Stream.concat(DemoTrackingWorld.BRAND_NAMES.stream(),
                        DemoTrackingWorld.HOSTILE_BRAND_NAMES.stream()).toList()
                : DemoTrackingWorld.BRAND_NAMES;
        for (int i = 0; i < brands.size(); i++) {
            String name = brands.get(i);
            jdbc.sql("""
                    INSERT INTO trk_brand (id, guild_id, name, name_key, keywords, color, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(brandBase + i, guild.id(), name, name.toLowerCase(Locale.ROOT),
                            name.split(" ")[0].toLowerCase(Locale.ROOT) + "\n#" + i,
                            String.format("#%06x", (i * 0x3A5F1D + 0x1ABC9C) & 0xFFFFFF), now, now)
                    .update();
        }
        int accounts = large ? 300 : 150;
        long accountBase = guild.number() * 1_000_000L;
        List<String> words = DemoTrackingWorld.WORDS;
        for (int i = 0; i < accounts; i++) {
            String platform = PLATFORMS.get(i % PLATFORMS.size());
            String word = words.get(i % words.size());
            String handle = platform.equals("BLUESKY") ? word + i + ".bsky.social" : word + "_" + i;
            String displayName = large && i < DemoTrackingWorld.HOSTILE_DISPLAY_NAMES.size()
                    ? DemoTrackingWorld.HOSTILE_DISPLAY_NAMES.get(i)
                    : capitalise(word) + " " + capitalise(words.get((i * 7 + 3) % words.size())) + " " + i;
            Long brand = i % 7 == 6 ? null : brandBase + (i * 5L) % brands.size();
            jdbc.sql("""
                    INSERT INTO trk_account (id, guild_id, platform, handle, handle_key, display_name, brand_id, status,
                                             created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(accountBase + i, guild.id(), platform, handle, handle.toLowerCase(Locale.ROOT), displayName,
                            brand, i % 9 == 8 ? "PAUSED" : "ACTIVE",
                            Timestamp.from(now.toInstant().minus(Duration.ofHours(accounts - i))), now)
                    .update();
        }
        Instant newest = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        jdbc.sql("INSERT INTO trk_generated (guild_id, posts, newest_at) VALUES (?, 0, ?)")
                .params(guild.id(), Timestamp.from(newest)).update();
        if (large) {
            List<String> hostile = DemoTrackingWorld.hostilePosts();
            for (int i = 0; i < hostile.size(); i++) {
                long id = guild.number() * 10_000_000_000L + i + 1;
                jdbc.sql("""
                        INSERT INTO trk_post (id, guild_id, account_id, brand_id, platform, posted_at, text, url,
                                              likes, comments, shares, views)
                        SELECT ?, guild_id, id, brand_id, platform, ?, ?, ?, ?, ?, ?, ? FROM trk_account WHERE id = ?""")
                        .params(id, Timestamp.from(newest.plusSeconds(60L * (i + 1))), hostile.get(i),
                                "https://x.com/i/status/" + id, 40 + i, 3 + i, 1 + i, 900 + i, accountBase)
                        .update();
            }
        }
    }

    private void generatePosts(DemoFixtures.Guild guild, int from, int target) {
        long started = System.nanoTime();
        Instant newest = jdbc.sql("SELECT newest_at FROM trk_generated WHERE guild_id = ?").param(guild.id())
                .query(Timestamp.class).single().toInstant();
        int accounts = jdbc.sql("SELECT COUNT(*) FROM trk_account WHERE guild_id = ? AND id < 1000000000")
                .param(guild.id()).query(Integer.class).single();
        for (int done = from; done < target; done += CHUNK) {
            int first = done + 1;
            int last = Math.min(target, done + CHUNK);
            transactions.executeWithoutResult(status -> {
                jdbc.sql(DemoPostGenerator.INSERT)
                        .params(guild.number() * 10_000_000_000L + FIRST_GENERATED, Timestamp.from(newest),
                                guild.number() * 1_000_000L, accounts, first, last)
                        .update();
                jdbc.sql("UPDATE trk_generated SET posts = ? WHERE guild_id = ?").params(last, guild.id()).update();
            });
            if (target - from > 200_000) {
                log.info("Demo posts for {}: {} of {}", guild.name(), last, target);
            }
        }
        log.info("Generated {} demo posts for {} in {} ms", target - from, guild.name(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
