package dev.trackboard.embedded.tracking;

import dev.trackboard.embedded.ApiProblem;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.db.RecordRowMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Brands of a guild: validation, storage, counts and the audit entry of every change. */
@Component
@ConditionalOnEmbeddedMode
class BrandStore {

    static final int MAX_BRANDS = 200;
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    record BrandInput(String name, List<String> keywords, String color) { }

    record Brand(long id, String name, List<String> keywords, String color, long accountCount, long postCount,
                 Instant createdAt, Instant updatedAt) { }

    private record Row(long id, String name, String keywords, String color, Instant createdAt, Instant updatedAt) {
        Map<String, Object> snapshot() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("name", name);
            fields.put("keywords", keywords);
            fields.put("color", color);
            return fields;
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final GuildDataVersions versions;
    private final TrackingCounts counts;

    BrandStore(JdbcClient embeddedJdbcClient, TransactionTemplate embeddedTransactions, AuditTrail audit,
               GuildDataVersions versions, TrackingCounts counts) {
        this.jdbc = embeddedJdbcClient;
        this.transactions = embeddedTransactions;
        this.audit = audit;
        this.versions = versions;
        this.counts = counts;
    }

    List<Brand> list(String guildId) {
        Map<Long, Long> accounts = counts.accountsPerBrand(guildId);
        Map<Long, Long> posts = counts.postsPerBrand(guildId);
        return jdbc.sql("SELECT id, name, keywords, color, created_at, updated_at FROM trk_brand WHERE guild_id = ? ORDER BY name_key, id")
                .param(guildId).query(RecordRowMapper.of(Row.class)).list().stream()
                .map(row -> brand(row, accounts.getOrDefault(row.id(), 0L), posts.getOrDefault(row.id(), 0L)))
                .toList();
    }

    Brand one(String guildId, long id) {
        Row row = row(guildId, id);
        return brand(row, counts.accountsPerBrand(guildId).getOrDefault(id, 0L),
                counts.postsPerBrand(guildId).getOrDefault(id, 0L));
    }

    Brand create(String guildId, String actorId, BrandInput input) {
        Row valid = validate(input);
        Long id = transactions.execute(status -> {
            long existing = jdbc.sql("SELECT COUNT(*) FROM trk_brand WHERE guild_id = ?").param(guildId).query(Long.class).single();
            if (existing >= MAX_BRANDS) {
                throw FieldCheck.single("name", "a guild can have at most " + MAX_BRANDS + " brands");
            }
            refuseDuplicate(guildId, valid.name(), -1);
            Timestamp now = Timestamp.from(Instant.now());
            jdbc.sql("""
                    INSERT INTO trk_brand (guild_id, name, name_key, keywords, color, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(guildId, valid.name(), key(valid.name()), valid.keywords(), valid.color(), now, now).update();
            long created = jdbc.sql("SELECT id FROM trk_brand WHERE guild_id = ? AND name_key = ?")
                    .params(guildId, key(valid.name())).query(Long.class).single();
            audit.record(guildId, actorId, "BRAND_CREATED", new AuditTrail.Target("BRAND", created, valid.name()),
                    AuditTrail.diff(null, valid.snapshot()));
            return created;
        });
        return one(guildId, id);
    }

    Brand update(String guildId, String actorId, long id, BrandInput input) {
        Row valid = validate(input);
        transactions.executeWithoutResult(status -> {
            Row before = row(guildId, id);
            refuseDuplicate(guildId, valid.name(), id);
            jdbc.sql("UPDATE trk_brand SET name = ?, name_key = ?, keywords = ?, color = ?, updated_at = ? WHERE id = ? AND guild_id = ?")
                    .params(valid.name(), key(valid.name()), valid.keywords(), valid.color(),
                            Timestamp.from(Instant.now()), id, guildId).update();
            List<AuditTrail.Change> changes = AuditTrail.diff(before.snapshot(), valid.snapshot());
            if (!changes.isEmpty()) {
                audit.record(guildId, actorId, "BRAND_UPDATED", new AuditTrail.Target("BRAND", id, valid.name()), changes);
            }
        });
        return one(guildId, id);
    }

    /** Deletes the brand; its accounts and posts stay, without a brand. */
    void delete(String guildId, String actorId, long id) {
        transactions.executeWithoutResult(status -> {
            Row before = row(guildId, id);
            jdbc.sql("UPDATE trk_post SET brand_id = NULL WHERE account_id IN (SELECT id FROM trk_account WHERE brand_id = ?)")
                    .param(id).update();
            jdbc.sql("UPDATE trk_account SET brand_id = NULL WHERE brand_id = ?").param(id).update();
            jdbc.sql("DELETE FROM trk_brand WHERE id = ? AND guild_id = ?").params(id, guildId).update();
            audit.record(guildId, actorId, "BRAND_DELETED", new AuditTrail.Target("BRAND", id, before.name()),
                    AuditTrail.diff(before.snapshot(), null));
        });
        versions.changed(guildId);
    }

    private Row row(String guildId, long id) {
        return jdbc.sql("SELECT id, name, keywords, color, created_at, updated_at FROM trk_brand WHERE id = ? AND guild_id = ?")
                .params(id, guildId).query(RecordRowMapper.of(Row.class)).optional().orElseThrow(ApiProblem::notFound);
    }

    /** A brand whose name looks the same (confusable skeleton, decision 0035) counts as a duplicate. */
    private void refuseDuplicate(String guildId, String name, long exceptId) {
        String skeleton = ConfusableSkeleton.of(name);
        jdbc.sql("SELECT name FROM trk_brand WHERE guild_id = ? AND id <> ?").params(guildId, exceptId)
                .query(String.class).list().stream()
                .filter(other -> ConfusableSkeleton.of(other).equals(skeleton))
                .findFirst().ifPresent(other -> {
                    throw FieldCheck.single("name", "a brand with this name, or one that looks the same, already exists: "
                            + other);
                });
    }

    private static Row validate(BrandInput input) {
        FieldCheck check = new FieldCheck();
        String name = check.name("name", input.name(), 100);
        Set<String> keywords = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> raw = input.keywords() == null ? List.of() : input.keywords();
        if (raw.size() > 25) {
            check.fail("keywords", "at most 25 keywords");
        }
        for (int i = 0; i < raw.size() && !check.failed("keywords"); i++) {
            NameText.Cleaned keyword = NameText.clean(raw.get(i), 50);
            if (keyword.problem() != null) {
                check.fail("keywords", "keyword " + (i + 1) + " " + keyword.problem());
            } else if (seen.add(key(keyword.value()))) {
                // keywords match post text, so only exact (case-insensitive) repeats merge, not lookalikes
                keywords.add(keyword.value());
            }
        }
        String color = input.color() == null ? "" : input.color().strip();
        if (!COLOR.matcher(color).matches()) {
            check.fail("color", "must be a colour like #1abc9c");
        }
        check.throwIfFailed();
        return new Row(0, name, String.join("\n", keywords), color.toLowerCase(Locale.ROOT), null, null);
    }

    private static Brand brand(Row row, long accounts, long posts) {
        List<String> keywords = row.keywords().isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(row.keywords().split("\n")));
        return new Brand(row.id(), row.name(), keywords, row.color(), accounts, posts, row.createdAt(), row.updatedAt());
    }

    /** The stored sort and uniqueness key (lookalikes are refused before, by skeleton). */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
