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
 *
 * <p>A guild's generated posts reach at least {@link #POST_SPAN} back from the first start, evenly
 * spaced, so the usage charts of the last 30 days have posts on every day. The hostile
 * names and posts of Acme Creators are there for the XSS tests, not for a first impression: four
 * accounts of their own with the handles that sort last, each with a hostile brand (sorted after the
 * others) and no generated posts; the hostile posts are theirs, dated the day the bot joined, older
 * than every generated one.
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
    /** How far back a guild's generated posts reach at their first generation (more when there are many). */
    static final Duration POST_SPAN = Duration.ofDays(90);
    /** At most a post a minute: a million posts reach back two years, and a month holds ~43,000 of them. */
    static final Duration MIN_SPACING = Duration.ofMinutes(1);
    /** The handles of the hostile accounts start with the demo's last word, so they sort at the end. */
    private static final String HOSTILE_WORD = "zephyr";

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
                transactions.executeWithoutResult(status -> seedAccounts(guild, large, target));
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

    private void seedAccounts(DemoFixtures.Guild guild, boolean large, int target) {
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
        int ordinary = ordinaryAccounts(large);
        int accounts = ordinary + (large ? DemoTrackingWorld.HOSTILE_DISPLAY_NAMES.size() : 0);
        long accountBase = guild.number() * 1_000_000L;
        List<String> words = DemoTrackingWorld.WORDS;
        for (int i = 0; i < accounts; i++) {
            boolean hostile = i >= ordinary;
            String platform = PLATFORMS.get(i % PLATFORMS.size());
            String word = hostile ? HOSTILE_WORD : words.get(i % words.size());
            String handle = platform.equals("BLUESKY") ? word + i + ".bsky.social" : word + "_" + i;
            String displayName = hostile ? DemoTrackingWorld.HOSTILE_DISPLAY_NAMES.get(i - ordinary)
                    : capitalise(word) + " " + capitalise(words.get((i * 7 + 3) % words.size())) + " " + i;
            Long brand = hostile ? Long.valueOf(brandBase + DemoTrackingWorld.BRAND_NAMES.size() + (i - ordinary))
                    : i % 7 == 6 ? null : Long.valueOf(brandBase + (i * 5L) % DemoTrackingWorld.BRAND_NAMES.size());
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
        jdbc.sql("INSERT INTO trk_generated (guild_id, posts, newest_at, spacing_seconds) VALUES (?, 0, ?, ?)")
                .params(guild.id(), Timestamp.from(newest), spacingSeconds(target)).update();
        if (large) {
            List<String> hostile = DemoTrackingWorld.hostilePosts();
            for (int i = 0; i < hostile.size(); i++) {
                long id = guild.number() * 10_000_000_000L + i + 1;
                jdbc.sql("""
                        INSERT INTO trk_post (id, guild_id, account_id, brand_id, platform, posted_at, text, url,
                                              likes, comments, shares, views)
                        SELECT ?, guild_id, id, brand_id, platform, ?, ?, ?, ?, ?, ?, ? FROM trk_account WHERE id = ?""")
                        .params(id, Timestamp.from(guild.botJoinedAt().plus(Duration.ofMinutes(i + 1L))), hostile.get(i),
                                "https://x.com/i/status/" + id, 40 + i, 3 + i, 1 + i, 900 + i, accountBase + ordinary)
                        .update();
            }
        }
    }

    /** Accounts with generated posts; Acme Creators' hostile accounts follow them and have only the hand-written posts. */
    private static int ordinaryAccounts(boolean large) {
        return large ? 300 - DemoTrackingWorld.HOSTILE_DISPLAY_NAMES.size() : 150;
    }

    /** Spaces {@code target} posts to fill {@link #POST_SPAN}, but never closer than {@link #MIN_SPACING}. */
    static int spacingSeconds(int target) {
        return (int) Math.max(MIN_SPACING.toSeconds(), POST_SPAN.toSeconds() / Math.max(1, target));
    }

    private void generatePosts(DemoFixtures.Guild guild, int from, int target) {
        long started = System.nanoTime();
        record Generated(Timestamp newestAt, int spacingSeconds) { }
        Generated generated = jdbc.sql("SELECT newest_at, spacing_seconds FROM trk_generated WHERE guild_id = ?")
                .param(guild.id()).query((rs, row) -> new Generated(rs.getTimestamp(1), rs.getInt(2))).single();
        int accounts = ordinaryAccounts(guild.id().equals(DemoFixtures.ACME));
        for (int done = from; done < target; done += CHUNK) {
            int first = done + 1;
            int last = Math.min(target, done + CHUNK);
            transactions.executeWithoutResult(status -> {
                jdbc.sql(DemoPostGenerator.INSERT)
                        .params(guild.number() * 10_000_000_000L + FIRST_GENERATED, generated.newestAt(),
                                guild.number() * 1_000_000L, accounts, generated.spacingSeconds(), first, last)
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
