package dev.trackboard.embedded.status;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.db.RecordRowMapper;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Usage counters per guild and UTC day, the monthly quota, and the bot's health findings. The demo
 * database gets 60 days of plausible history (filled up to today on every start) so the charts are
 * never empty; the simulator adds to today's counters while it runs.
 */
@Component
@ConditionalOnEmbeddedMode
class BotUsage {

    record Day(LocalDate date, int postsTracked, int notificationsSent) { }

    record Quota(String period, long used, long limit, Instant resetsAt) { }

    record Issue(String code, String channelId, String permission) { }

    private static final int HISTORY_DAYS = 60;
    /** Typical posts tracked per day in the demo guilds, and their plans' monthly limits. */
    private static final Map<String, int[]> DEMO_VOLUME = Map.of(
            "200000000000000001", new int[] {5_200, 250_000},
            "200000000000000002", new int[] {900, 40_000},
            "200000000000000003", new int[] {3_400, 120_000},
            "200000000000000004", new int[] {330, 9_000});
    private static final List<Object[]> DEMO_ISSUES = List.of(
            new Object[] {"200000000000000001", "BOT_MISSING_PERMISSION", "400000000000000110", "EMBED_LINKS"},
            new Object[] {"200000000000000003", "NOTIFICATION_CHANNEL_MISSING", null, null});

    private final JdbcClient jdbc;

    BotUsage(JdbcClient embeddedJdbcClient) {
        this.jdbc = embeddedJdbcClient;
    }

    /** Fills missing days up to today, and the quota and findings of a fresh demo guild. */
    void prepare(String guildId, Instant now) {
        int[] volume = DEMO_VOLUME.getOrDefault(guildId, new int[] {200, 10_000});
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Random random = new Random(Long.parseLong(guildId));
        for (int back = HISTORY_DAYS; back >= 0; back--) {
            LocalDate day = today.minusDays(back);
            double weekday = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0.7 : 1.0;
            double trend = 0.85 + 0.3 * (HISTORY_DAYS - back) / HISTORY_DAYS;
            int posts = (int) (volume[0] * weekday * trend * (0.85 + 0.3 * random.nextDouble()));
            int notifications = (int) (posts * (0.3 + 0.1 * random.nextDouble()));
            jdbc.sql("""
                    INSERT INTO bot_usage_day (guild_id, usage_date, posts_tracked, notifications_sent)
                    SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM bot_usage_day WHERE guild_id = ? AND usage_date = ?)""")
                    .params(guildId, Date.valueOf(day), posts, notifications, guildId, Date.valueOf(day)).update();
        }
        boolean fresh = jdbc.sql("SELECT COUNT(*) FROM bot_quota WHERE guild_id = ?").param(guildId)
                .query(Integer.class).single() == 0;
        if (fresh) {
            jdbc.sql("INSERT INTO bot_quota (guild_id, monthly_posts_limit) VALUES (?, ?)").params(guildId, volume[1])
                    .update();
            DEMO_ISSUES.stream().filter(issue -> guildId.equals(issue[0])).forEach(issue -> jdbc.sql(
                    "INSERT INTO bot_health_issue (guild_id, code, channel_id, permission) VALUES (?, ?, ?, ?)")
                    .params(issue).update());
        }
    }

    void count(String guildId, Instant now, int posts, int notifications) {
        Date day = Date.valueOf(LocalDate.ofInstant(now, ZoneOffset.UTC));
        int updated = jdbc.sql("""
                UPDATE bot_usage_day SET posts_tracked = posts_tracked + ?, notifications_sent = notifications_sent + ?
                WHERE guild_id = ? AND usage_date = ?""").params(posts, notifications, guildId, day).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO bot_usage_day (guild_id, usage_date, posts_tracked, notifications_sent) VALUES (?, ?, ?, ?)")
                    .params(guildId, day, posts, notifications).update();
        }
    }

    /** The last {@code days} UTC days up to today, oldest first, with zero for days without counters. */
    List<Day> days(String guildId, Instant now, int days) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate first = today.minusDays(days - 1L);
        Map<LocalDate, Day> stored = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT usage_date, posts_tracked, notifications_sent FROM bot_usage_day
                WHERE guild_id = ? AND usage_date >= ? AND usage_date <= ?""")
                .params(guildId, Date.valueOf(first), Date.valueOf(today))
                .query((rs, row) -> new Day(rs.getDate(1).toLocalDate(), rs.getInt(2), rs.getInt(3)))
                .list().forEach(day -> stored.put(day.date(), day));
        return first.datesUntil(today.plusDays(1)).map(day -> stored.getOrDefault(day, new Day(day, 0, 0))).toList();
    }

    Quota quota(String guildId, Instant now) {
        LocalDate monthStart = LocalDate.ofInstant(now, ZoneOffset.UTC).withDayOfMonth(1);
        long used = jdbc.sql("SELECT COALESCE(SUM(posts_tracked), 0) FROM bot_usage_day WHERE guild_id = ? AND usage_date >= ?")
                .params(guildId, Date.valueOf(monthStart)).query(Long.class).single();
        long limit = jdbc.sql("SELECT monthly_posts_limit FROM bot_quota WHERE guild_id = ?").param(guildId)
                .query(Long.class).optional().orElse(10_000L);
        return new Quota("MONTH", used, limit, monthStart.plusMonths(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    List<Issue> issues(String guildId) {
        return jdbc.sql("SELECT code, channel_id, permission FROM bot_health_issue WHERE guild_id = ? ORDER BY code")
                .param(guildId).query(RecordRowMapper.of(Issue.class)).list();
    }
}
