package dev.trackboard.embedded.settings;

import dev.trackboard.embedded.ApiProblem;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.db.RecordRowMapper;
import dev.trackboard.embedded.tracking.AuditTrail;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Guild settings with optimistic locking: a write names the version it was based on and is refused
 * (412) when another write came first, so two admins never overwrite each other unknowingly. The
 * version check is part of the UPDATE (or the INSERT of a guild's first row), so two concurrent
 * writes of the same version cannot both succeed. Every accepted change is audited in its own
 * transaction; a write that changes nothing keeps the version and records nothing.
 */
@Component
@ConditionalOnEmbeddedMode
class GuildSettingsStore {

    static final String AUDIT_ACTION = "SETTINGS_UPDATED";
    static final String AUDIT_TARGET = "SETTINGS";

    private static final String COLUMNS = """
            version, tracking_enabled, notification_channel_id, mention_role_id, platforms, delivery, digest_time,
            quiet_hours_from, quiet_hours_to, time_zone, message_template, min_likes, retention_days, updated_at, updated_by""";

    private record Row(long version, boolean trackingEnabled, String notificationChannelId, String mentionRoleId,
                       String platforms, String delivery, LocalTime digestTime, LocalTime quietHoursFrom,
                       LocalTime quietHoursTo, String timeZone, String messageTemplate, int minLikes, int retentionDays,
                       Instant updatedAt, String updatedBy) {

        GuildSettings settings() {
            return new GuildSettings(version, trackingEnabled, notificationChannelId, mentionRoleId,
                    List.copyOf(Arrays.asList(platforms.split(","))), GuildSettings.Delivery.valueOf(delivery),
                    digestTime, quietHoursFrom, quietHoursTo, timeZone, messageTemplate, minLikes, retentionDays,
                    updatedAt, updatedBy);
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final Clock clock;

    GuildSettingsStore(JdbcClient embeddedJdbcClient, TransactionTemplate embeddedTransactions, AuditTrail audit,
                       Clock clock) {
        this.jdbc = embeddedJdbcClient;
        this.transactions = embeddedTransactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The guild's settings; the defaults at version 0 when it never saved any. */
    GuildSettings current(String guildId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM guild_settings WHERE guild_id = ?").param(guildId)
                .query(RecordRowMapper.of(Row.class)).optional().map(Row::settings).orElseGet(GuildSettings::defaults);
    }

    /**
     * Replaces the settings when {@code basedOn} is still the current version; otherwise 412 and
     * nothing is written.
     */
    GuildSettings replace(String guildId, String guildName, String actorId, long basedOn, GuildSettings valid) {
        try {
            return transactions.execute(status -> {
                GuildSettings before = current(guildId);
                if (before.version() != basedOn) {
                    throw stale();
                }
                var changes = AuditTrail.diff(before.snapshot(), valid.snapshot());
                if (changes.isEmpty()) {
                    return before;
                }
                // to the microsecond the columns keep, so the answer's updatedAt is the stored one and
                // equals the audit entry's createdAt (how the conflict dialog finds a version's entry)
                Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
                GuildSettings after = valid.saved(basedOn + 1, at, actorId);
                int written = basedOn == 0 ? insert(guildId, after) : update(guildId, basedOn, after);
                if (written != 1) {
                    throw stale();
                }
                audit.recordAt(at, guildId, actorId, AUDIT_ACTION,
                        new AuditTrail.Target(AUDIT_TARGET, Long.parseLong(guildId), guildName), changes);
                return after;
            });
        } catch (DuplicateKeyException firstRowWrittenMeanwhile) {
            throw stale();
        }
    }

    private int insert(String guildId, GuildSettings after) {
        return jdbc.sql("INSERT INTO guild_settings (guild_id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(guildId).params(values(after)).update();
    }

    private int update(String guildId, long basedOn, GuildSettings after) {
        return jdbc.sql("""
                UPDATE guild_settings SET version = ?, tracking_enabled = ?, notification_channel_id = ?,
                mention_role_id = ?, platforms = ?, delivery = ?, digest_time = ?, quiet_hours_from = ?, quiet_hours_to = ?,
                time_zone = ?, message_template = ?, min_likes = ?, retention_days = ?, updated_at = ?, updated_by = ?
                WHERE guild_id = ? AND version = ?""")
                .params(values(after)).params(guildId, basedOn).update();
    }

    private static List<Object> values(GuildSettings s) {
        return Arrays.asList(s.version(), s.trackingEnabled(), s.notificationChannelId(), s.mentionRoleId(),
                String.join(",", s.platforms()), s.delivery().name(), time(s.digestTime()), time(s.quietHoursFrom()),
                time(s.quietHoursTo()), s.timeZone(), s.messageTemplate(), s.minLikes(), s.retentionDays(),
                Timestamp.from(s.updatedAt()), s.updatedBy());
    }

    private static Time time(LocalTime time) {
        return time == null ? null : Time.valueOf(time);
    }

    static ApiProblem stale() {
        return new ApiProblem(HttpStatus.PRECONDITION_FAILED,
                "The settings were changed since this version was read; reload them and apply your changes again.");
    }
}
