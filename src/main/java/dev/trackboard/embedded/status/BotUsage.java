package dev.trackboard.embedded.status;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.db.RecordRowMapper;
import dev.trackboard.embedded.settings.SettingsHealth;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Usage per guild and UTC day, read from what the bot tracked, so the overview agrees with the Posts
 * screen: posts tracked are the guild's posts by the day they were posted, and a notification goes
 * out for each post of a tracked brand — but only where the settings let the bot announce anything
 * ({@link SettingsHealth#notifies}: tracking on, a channel it can post in). The monthly quota counts
 * the same posts. Also the findings the bot reports itself, and a plan that fits a fresh demo guild's volume.
 */
@Component
@ConditionalOnEmbeddedMode
class BotUsage {

    record Day(LocalDate date, int postsTracked, int notificationsSent) { }

    record Quota(String period, long used, long limit, Instant resetsAt) { }

    record Issue(String code, String channelId, String permission) { }

    /** Counting a month of a million-post guild takes a moment: figures are at most this old. */
    static final Duration FRESH_FOR = Duration.ofMinutes(1);
    /** Monthly plans, in posts; a fresh demo guild gets the smallest with room for half as much again. */
    private static final List<Long> PLANS = List.of(1_000L, 2_500L, 5_000L, 10_000L, 25_000L, 50_000L, 100_000L,
            250_000L, 500_000L, 1_000_000L, 2_500_000L, 5_000_000L, 10_000_000L);

    private record Counted(int posts, int branded) { }

    private record Span(String guildId, LocalDate first, LocalDate last) { }

    private final JdbcClient jdbc;
    private final SettingsHealth settingsHealth;
    private final Cache<Span, Map<LocalDate, Counted>> counted;

    BotUsage(JdbcClient embeddedJdbcClient, SettingsHealth settingsHealth, Ticker ticker) {
        this.jdbc = embeddedJdbcClient;
        this.settingsHealth = settingsHealth;
        this.counted = Caffeine.newBuilder().expireAfterWrite(FRESH_FOR).maximumSize(256).ticker(ticker).build();
    }

    /** The plan of a demo guild seen for the first time (its setup findings come from its settings). */
    void prepare(String guildId, Instant now) {
        boolean fresh = jdbc.sql("SELECT COUNT(*) FROM bot_quota WHERE guild_id = ?").param(guildId)
                .query(Integer.class).single() == 0;
        if (!fresh) {
            return;
        }
        long lastMonth = jdbc.sql("SELECT COUNT(*) FROM trk_post WHERE guild_id = ? AND posted_at >= ?")
                .params(guildId, Timestamp.from(now.minus(Duration.ofDays(30)))).query(Long.class).single();
        long plan = PLANS.stream().filter(limit -> limit >= lastMonth * 3 / 2).findFirst().orElse(PLANS.getLast());
        jdbc.sql("INSERT INTO bot_quota (guild_id, monthly_posts_limit) VALUES (?, ?)").params(guildId, plan).update();
    }

    /** The last {@code days} UTC days up to today, oldest first, with zero for days without posts. */
    List<Day> days(String guildId, Instant now, int days) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate first = today.minusDays(days - 1L);
        Map<LocalDate, Counted> counts = counts(guildId, first, today);
        boolean notifies = settingsHealth.notifies(guildId);
        return first.datesUntil(today.plusDays(1)).map(day -> {
            Counted count = counts.getOrDefault(day, new Counted(0, 0));
            return new Day(day, count.posts(), notifies ? count.branded() : 0);
        }).toList();
    }

    Quota quota(String guildId, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate monthStart = today.withDayOfMonth(1);
        long used = counts(guildId, monthStart, today).values().stream().mapToLong(Counted::posts).sum();
        long limit = jdbc.sql("SELECT monthly_posts_limit FROM bot_quota WHERE guild_id = ?").param(guildId)
                .query(Long.class).optional().orElse(PLANS.getFirst());
        return new Quota("MONTH", used, limit, monthStart.plusMonths(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    List<Issue> issues(String guildId) {
        return jdbc.sql("SELECT code, channel_id, permission FROM bot_health_issue WHERE guild_id = ? ORDER BY code")
                .param(guildId).query(RecordRowMapper.of(Issue.class)).list();
    }

    /** Posts, and posts of a tracked brand, per UTC day from {@code first} to {@code last}. */
    private Map<LocalDate, Counted> counts(String guildId, LocalDate first, LocalDate last) {
        return counted.get(new Span(guildId, first, last), span -> {
            Map<LocalDate, Counted> counts = new HashMap<>();
            jdbc.sql("""
                    SELECT CAST((posted_at AT TIME ZONE 'UTC') AS DATE) AS utc_day, COUNT(*), COUNT(brand_id)
                    FROM trk_post WHERE guild_id = ? AND posted_at >= ? AND posted_at < ?
                    GROUP BY CAST((posted_at AT TIME ZONE 'UTC') AS DATE)""")
                    .params(guildId, Timestamp.from(first.atStartOfDay().toInstant(ZoneOffset.UTC)),
                            Timestamp.from(last.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)))
                    .query(rs -> {
                        counts.put(rs.getObject(1, LocalDate.class), new Counted(rs.getInt(2), rs.getInt(3)));
                    });
            return Map.copyOf(counts);
        });
    }
}
