package dev.trackboard.embedded.demo;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo guilds' settings, written once per data directory (also into one made before settings
 * existed). Orbit Esports never saved any: it has the defaults, so no notification channel, and its
 * health card says so. Acme Creators posts in #creator-collabs, where the bot lacks Embed Links —
 * the other warning of the demo. Nimbus Studio gets a daily digest with quiet hours, Lumen Guild an
 * hourly one.
 */
@Component
@ConditionalOnEmbeddedMode
class DemoSettingsSeeder implements InitializingBean {

    static final String FIXTURE = "demo-settings-v1";
    /** #creator-collabs of Acme Creators (guild 1, channel 10) and its Creator role (role 2). */
    static final String ACME_CHANNEL = "400000000000000110";
    static final String ACME_ROLE = "500000000000000102";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    DemoSettingsSeeder(JdbcClient embeddedJdbcClient, TransactionTemplate embeddedTransactions,
                       DemoFixtureSeeder worldFirst) {
        this.jdbc = embeddedJdbcClient;
        this.transactions = embeddedTransactions;
    }

    @Override
    public void afterPropertiesSet() {
        transactions.executeWithoutResult(status -> {
            boolean applied = jdbc.sql("SELECT COUNT(*) FROM embedded_fixture WHERE name = ?")
                    .param(FIXTURE).query(Integer.class).single() > 0;
            if (!applied) {
                seed();
                jdbc.sql("INSERT INTO embedded_fixture (name, applied_at) VALUES (?, ?)")
                        .params(FIXTURE, Timestamp.from(Instant.now())).update();
            }
        });
    }

    private void seed() {
        insert(DemoFixtures.ACME, ACME_CHANNEL, ACME_ROLE, "X,INSTAGRAM,TIKTOK,YOUTUBE,TWITCH,BLUESKY", "INSTANT", null,
                null, null, "Europe/Stockholm", "**{account}** posted on {platform} for {brand}: {url}", 0, 90,
                DemoFixtures.ALICE);
        jdbc.sql("INSERT INTO bot_channel_missing_permission (channel_id, permission) VALUES (?, ?)")
                .params(ACME_CHANNEL, "EMBED_LINKS").update();
        insert(DemoFixtures.NIMBUS, "400000000000000204", null, "INSTAGRAM,TIKTOK,YOUTUBE", "DAILY_DIGEST",
                LocalTime.of(9, 0), LocalTime.of(22, 0), LocalTime.of(7, 0), "Europe/Berlin",
                "New from {account} ({platform}): {text}\n{url}", 50, 180, DemoFixtures.DANA);
        insert(DemoFixtures.LUMEN, "400000000000000404", null, "X,YOUTUBE,TWITCH", "HOURLY_DIGEST", null, null, null,
                "Asia/Tokyo", "{account} on {platform}: {url}", 0, 30, DemoFixtures.EMIL);
    }

    private void insert(String guildId, String channelId, String roleId, String platforms, String delivery,
                        LocalTime digest, LocalTime quietFrom, LocalTime quietTo, String zone, String template,
                        int minLikes, int retentionDays, String by) {
        jdbc.sql("""
                INSERT INTO guild_settings (guild_id, version, tracking_enabled, notification_channel_id, mention_role_id,
                    platforms, delivery, digest_time, quiet_hours_from, quiet_hours_to, time_zone, message_template,
                    min_likes, retention_days, updated_at, updated_by)
                VALUES (?, 1, TRUE, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(guildId, channelId, roleId, platforms, delivery, time(digest), time(quietFrom), time(quietTo),
                        zone, template, minLikes, retentionDays, Timestamp.from(Instant.now()), by)
                .update();
    }

    private static Time time(LocalTime time) {
        return time == null ? null : Time.valueOf(time);
    }
}
