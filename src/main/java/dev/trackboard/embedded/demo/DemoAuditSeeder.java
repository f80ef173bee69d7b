package dev.trackboard.embedded.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.EmbeddedProperties;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit history of the demo guilds, derived from the brands and accounts the tracking seeder
 * wrote, so every entry agrees with what the screens show: each brand and account was created by
 * one of the guild's managers, the accounts that are paused now were paused together in one bulk
 * action (one group), some display names and brand colours were changed once (the entry's "after"
 * is today's value), and one brand was created and deleted again (something to undo). Written once
 * per database ({@code embedded_fixture} marker), in time order, so ids grow with time.
 *
 * <p>For the paging benchmark, {@code trackboard.embedded.large-guild-audit-entries} adds that many
 * synthetic entries to Acme Creators, older than the realistic history and generated inside the
 * database; they exist to be paged through, not to agree with the accounts.
 */
@Component
@ConditionalOnEmbeddedMode
class DemoAuditSeeder implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DemoAuditSeeder.class);
    static final String FIXTURE = "demo-audit-v1";
    static final String BULK_FIXTURE = "demo-audit-bulk";
    /** The brand every demo guild created and deleted again; no brand of the seeder has this id offset. */
    static final String DELETED_BRAND = "Yonder Yarn";
    private static final Set<String> MANAGING = Set.of(DemoPermissions.OWNER, DemoPermissions.ADMINISTRATOR,
            DemoPermissions.MANAGE_GUILD);
    private static final int BULK_CHUNK = 100_000;

    private record Entry(Instant at, String actor, String action, String type, long targetId, String targetName,
                         List<Map<String, Object>> changes, String group) { }

    private record Brand(long id, String name, String keywords, String color) { }

    private record Account(long id, String platform, String handle, String displayName, Long brandId, String status,
                           Instant createdAt) { }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final EmbeddedProperties properties;
    private final ObjectMapper json = new ObjectMapper();

    DemoAuditSeeder(JdbcClient embeddedJdbcClient, TransactionTemplate embeddedTransactions,
                    EmbeddedProperties properties, DemoTrackingSeeder trackingFirst) {
        this.jdbc = embeddedJdbcClient;
        this.transactions = embeddedTransactions;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        if (properties.largeGuildAuditEntries() > 0 && !applied(BULK_FIXTURE)) {
            generateBulk(properties.largeGuildAuditEntries());
        }
        if (!applied(FIXTURE)) {
            transactions.executeWithoutResult(status -> {
                int written = 0;
                for (DemoFixtures.Guild guild : DemoFixtures.GUILDS) {
                    if (guild.botJoinedAt() != null) {
                        written += write(guild);
                    }
                }
                mark(FIXTURE);
                log.info("Demo audit history written ({} entries)", written);
            });
        }
    }

    private int write(DemoFixtures.Guild guild) {
        List<String> managers = DemoFixtures.MEMBERS.stream()
                .filter(member -> member.guildId().equals(guild.id()) && MANAGING.contains(member.permissions()))
                .map(DemoFixtures.Member::userId).toList();
        List<Brand> brands = jdbc.sql("SELECT id, name, keywords, color FROM trk_brand WHERE guild_id = ? ORDER BY id")
                .param(guild.id())
                .query((rs, n) -> new Brand(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
        List<Account> accounts = jdbc.sql("""
                        SELECT id, platform, handle, display_name, brand_id, status, created_at FROM trk_account
                        WHERE guild_id = ? ORDER BY id""").param(guild.id())
                .query((rs, n) -> new Account(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, Long.class), rs.getString(6), rs.getTimestamp(7).toInstant())).list();
        if (brands.isEmpty() || accounts.isEmpty()) {
            return 0;
        }
        List<Entry> entries = new ArrayList<>();
        Instant firstAccount = accounts.getFirst().createdAt();
        Instant brandsFrom = firstAccount.minus(Duration.ofHours(brands.size() + 30L));
        for (int i = 0; i < brands.size(); i++) {
            Brand brand = brands.get(i);
            boolean recoloured = i % 6 == 5;
            entries.add(new Entry(brandsFrom.plus(Duration.ofHours(i)), managers.get(i % managers.size()),
                    "BRAND_CREATED", "BRAND", brand.id(), brand.name(),
                    created(fields("name", brand.name(), "keywords", brand.keywords(),
                            "color", recoloured ? "#95a5a6" : brand.color())), null));
            if (recoloured) {
                entries.add(new Entry(brandsFrom.plus(Duration.ofHours(brands.size() + 3L + i)),
                        managers.get((i + 1) % managers.size()), "BRAND_UPDATED", "BRAND", brand.id(), brand.name(),
                        List.of(change("color", "#95a5a6", brand.color())), null));
            }
        }
        long deletedId = guild.number() * 1_000L + 900;
        Map<String, Object> deleted = fields("name", DELETED_BRAND, "keywords", "yarn\nknitting", "color", "#c0392b");
        entries.add(new Entry(brandsFrom.plus(Duration.ofHours(brands.size())), managers.getFirst(), "BRAND_CREATED",
                "BRAND", deletedId, DELETED_BRAND, created(deleted), null));
        entries.add(new Entry(firstAccount.minus(Duration.ofHours(2)), managers.getLast(), "BRAND_DELETED",
                "BRAND", deletedId, DELETED_BRAND, removed(deleted), null));
        Instant latest = firstAccount;
        for (int i = 0; i < accounts.size(); i++) {
            Account account = accounts.get(i);
            boolean renamed = i % 20 == 19;
            Map<String, Object> snapshot = fields("platform", account.platform(), "handle", account.handle(),
                    "displayName", renamed ? account.handle() : account.displayName(), "brandId", account.brandId(),
                    "status", "ACTIVE");
            String actor = managers.get(i % managers.size());
            entries.add(new Entry(account.createdAt(), actor, "ACCOUNT_CREATED", "ACCOUNT", account.id(),
                    account.handle(), created(snapshot), null));
            if (renamed) {
                entries.add(new Entry(account.createdAt().plus(Duration.ofMinutes(20)), actor, "ACCOUNT_UPDATED",
                        "ACCOUNT", account.id(), account.handle(),
                        List.of(change("displayName", account.handle(), account.displayName())), null));
            }
            latest = account.createdAt().isAfter(latest) ? account.createdAt() : latest;
        }
        // the accounts that are paused now were paused in one bulk action, after the last was added
        String group = UUID.nameUUIDFromBytes(("demo-pause-" + guild.id()).getBytes()).toString();
        Instant pausedAt = latest.plus(Duration.ofMinutes(30));
        for (Account account : accounts) {
            if (account.status().equals("PAUSED")) {
                entries.add(new Entry(pausedAt, managers.getFirst(), "ACCOUNT_PAUSED", "ACCOUNT", account.id(),
                        account.handle(), List.of(change("status", "ACTIVE", "PAUSED")), group));
            }
        }
        entries.sort(Comparator.comparing(Entry::at));
        for (Entry entry : entries) {
            jdbc.sql("""
                    INSERT INTO api_audit_entry (guild_id, actor_id, action, target_type, target_id, target_name,
                                                 changes, created_at, group_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(guild.id(), entry.actor(), entry.action(), entry.type(), String.valueOf(entry.targetId()),
                            entry.targetName(), write(entry.changes()), Timestamp.from(entry.at()), entry.group())
                    .update();
        }
        return entries.size();
    }

    /**
     * Synthetic entries for Acme Creators, generated inside the database a chunk at a time: display
     * name changes of its accounts by alice, one every 30 seconds back from before the bot joined
     * (older than the realistic history, so the first pages still show that).
     */
    private void generateBulk(int count) {
        long started = System.nanoTime();
        Instant newest = DemoFixtures.GUILDS.getFirst().botJoinedAt().minus(Duration.ofDays(1));
        // oldest chunk first and oldest row first within it, so ids grow with time as the API's do
        for (int end = count; end >= 1; end -= BULK_CHUNK) {
            int last = end;
            int first = Math.max(1, last - BULK_CHUNK + 1);
            int written = count - first + 1;
            transactions.executeWithoutResult(status -> jdbc.sql("""
                    INSERT INTO api_audit_entry (guild_id, actor_id, action, target_type, target_id, target_name,
                                                 changes, created_at)
                    SELECT a.guild_id, ?, 'ACCOUNT_UPDATED', 'ACCOUNT', CAST(a.id AS VARCHAR), a.handle,
                           '[{"field":"displayName","before":"Name ' || (g.X - 1) || '","after":"Name ' || g.X || '"}]',
                           DATEADD(SECOND, -30 * g.X, CAST(? AS TIMESTAMP WITH TIME ZONE))
                    FROM (SELECT X FROM SYSTEM_RANGE(?, ?) ORDER BY X DESC) g
                    JOIN trk_account a ON a.id = ? + MOD(g.X * 7919, 296)""")
                    .params(DemoFixtures.ALICE, Timestamp.from(newest), first, last, 1_000_000L).update());
            log.info("Demo audit entries for the benchmark: {} of {}", written, count);
        }
        mark(BULK_FIXTURE);
        log.info("Generated {} audit entries for the benchmark in {} ms", count, (System.nanoTime() - started) / 1_000_000);
    }

    private boolean applied(String fixture) {
        return jdbc.sql("SELECT COUNT(*) FROM embedded_fixture WHERE name = ?").param(fixture).query(Integer.class)
                .single() > 0;
    }

    private void mark(String fixture) {
        jdbc.sql("INSERT INTO embedded_fixture (name, applied_at) VALUES (?, ?)")
                .params(fixture, Timestamp.from(Instant.now())).update();
    }

    private static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    /** As AuditTrail.diff(null, after) writes it: one change per field that has a value. */
    private static List<Map<String, Object>> created(Map<String, Object> after) {
        List<Map<String, Object>> changes = new ArrayList<>();
        after.forEach((field, value) -> {
            if (value != null) {
                changes.add(change(field, null, value));
            }
        });
        return changes;
    }

    private static List<Map<String, Object>> removed(Map<String, Object> before) {
        List<Map<String, Object>> changes = new ArrayList<>();
        before.forEach((field, value) -> {
            if (value != null) {
                changes.add(change(field, value, null));
            }
        });
        return changes;
    }

    private static Map<String, Object> change(String field, Object before, Object after) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("field", field);
        change.put("before", before);
        change.put("after", after);
        return change;
    }

    private String write(List<Map<String, Object>> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
