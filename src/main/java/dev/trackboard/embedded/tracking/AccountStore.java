package dev.trackboard.embedded.tracking;

import dev.trackboard.embedded.ApiProblem;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tracked accounts of a guild. A guild has hundreds of them, not millions, so plain OFFSET paging
 * over the (guild, sort key, id) order is cheap at any depth here; posts need more (see PostPager).
 */
@Component
@ConditionalOnEmbeddedMode
class AccountStore {

    record AccountInput(String platform, String handle, String displayName, String brandId, String status) { }

    record Account(long id, String platform, String handle, String displayName, String profileUrl, Long brandId,
                   String brandName, String status, Instant createdAt, Instant updatedAt) { }

    enum BulkAction {
        PAUSE, RESUME, DELETE;

        static BulkAction parse(String raw) {
            try {
                return valueOf(raw == null ? "" : raw.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw FieldCheck.single("action", "must be PAUSE, RESUME or DELETE");
            }
        }
    }

    private static final String SELECT = """
            SELECT a.id, a.platform, a.handle, a.display_name, a.brand_id, b.name AS brand_name, a.status,
                   a.created_at, a.updated_at
            FROM trk_account a LEFT JOIN trk_brand b ON b.id = a.brand_id
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final GuildDataVersions versions;
    private final AccountValidation validation;

    AccountStore(JdbcClient embeddedJdbcClient, TransactionTemplate embeddedTransactions, AuditTrail audit,
                 GuildDataVersions versions) {
        this.jdbc = embeddedJdbcClient;
        this.transactions = embeddedTransactions;
        this.audit = audit;
        this.versions = versions;
        this.validation = new AccountValidation(embeddedJdbcClient);
    }

    Page<Account> list(String guildId, AccountFilter filter, AccountSort sort, boolean descending, PageRequest page) {
        List<Object> params = new ArrayList<>();
        String where = where(guildId, filter, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM trk_account a WHERE " + where).params(params)
                .query(Long.class).single();
        List<Account> items = List.of();
        if (page.limit() > 0 && page.offset() < total) {
            String dir = descending ? " DESC" : " ASC";
            List<Object> pageParams = new ArrayList<>(params);
            pageParams.add(page.limit());
            pageParams.add(page.offset());
            items = jdbc.sql(SELECT + " WHERE " + where + " ORDER BY " + sort.column + dir + ", a.id" + dir
                            + " LIMIT ? OFFSET ?")
                    .params(pageParams).query(this::account).list();
        }
        return new Page<>(items, page.offset(), page.limit(), total, false);
    }

    Account one(String guildId, long id) {
        return jdbc.sql(SELECT + " WHERE a.id = ? AND a.guild_id = ?").params(id, guildId).query(this::account)
                .optional().orElseThrow(ApiProblem::notFound);
    }

    Account create(String guildId, String actorId, AccountInput input) {
        long id = transactions.execute(status -> {
            AccountValidation.Valid valid = validation.check(guildId, input, -1);
            Timestamp now = Timestamp.from(Instant.now());
            jdbc.sql("""
                    INSERT INTO trk_account (guild_id, platform, handle, handle_key, display_name, brand_id, status, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(guildId, valid.platform().name(), valid.handle(), valid.handleKey(), valid.displayName(),
                            valid.brandId(), valid.status(), now, now).update();
            long created = jdbc.sql("SELECT id FROM trk_account WHERE guild_id = ? AND platform = ? AND handle_key = ?")
                    .params(guildId, valid.platform().name(), valid.handleKey()).query(Long.class).single();
            audit.record(guildId, actorId, "ACCOUNT_CREATED", new AuditTrail.Target("ACCOUNT", created, valid.handle()),
                    AuditTrail.diff(null, snapshot(one(guildId, created))));
            return created;
        });
        return one(guildId, id);
    }

    Account update(String guildId, String actorId, long id, AccountInput input) {
        boolean postsChanged = Boolean.TRUE.equals(transactions.execute(status -> {
            Account before = one(guildId, id);
            AccountValidation.Valid valid = validation.check(guildId, input, id);
            jdbc.sql("""
                    UPDATE trk_account SET platform = ?, handle = ?, handle_key = ?, display_name = ?, brand_id = ?,
                           status = ?, updated_at = ? WHERE id = ? AND guild_id = ?""")
                    .params(valid.platform().name(), valid.handle(), valid.handleKey(), valid.displayName(),
                            valid.brandId(), valid.status(), Timestamp.from(Instant.now()), id, guildId).update();
            boolean postsFollow = !valid.platform().name().equals(before.platform())
                    || !Objects.equals(valid.brandId(), before.brandId());
            if (postsFollow) {
                // posts carry their account's platform and brand (see V2 migration)
                jdbc.sql("UPDATE trk_post SET platform = ?, brand_id = ? WHERE account_id = ?")
                        .params(valid.platform().name(), valid.brandId(), id).update();
            }
            List<AuditTrail.Change> changes = AuditTrail.diff(snapshot(before), snapshot(one(guildId, id)));
            if (!changes.isEmpty()) {
                audit.record(guildId, actorId, "ACCOUNT_UPDATED", new AuditTrail.Target("ACCOUNT", id, valid.handle()), changes);
            }
            return postsFollow;
        }));
        if (postsChanged) {
            versions.changed(guildId);
        }
        return one(guildId, id);
    }

    /**
     * All ids must belong to the guild, or nothing happens and the answer is 404. One audit entry per
     * changed account, all with one group id when there is more than one target.
     */
    int bulk(String guildId, String actorId, BulkAction action, List<Long> ids) {
        String group = ids.size() > 1 ? AuditTrail.newGroup() : null; // a single delete is no bulk action
        int affected = transactions.execute(status -> {
            List<Account> targets = new ArrayList<>();
            for (long id : ids) {
                targets.add(one(guildId, id));
            }
            int changed = 0;
            for (Account account : targets) {
                changed += apply(guildId, actorId, action, account, group);
            }
            return changed;
        });
        if (action == BulkAction.DELETE) {
            versions.changed(guildId); // their posts went with them
        }
        return affected;
    }

    private int apply(String guildId, String actorId, BulkAction action, Account account, String group) {
        AuditTrail.Target target = new AuditTrail.Target("ACCOUNT", account.id(), account.handle());
        if (action == BulkAction.DELETE) {
            jdbc.sql("DELETE FROM trk_account WHERE id = ? AND guild_id = ?").params(account.id(), guildId).update();
            audit.record(guildId, actorId, "ACCOUNT_DELETED", target, AuditTrail.diff(snapshot(account), null), group);
            return 1;
        }
        String status = action == BulkAction.PAUSE ? "PAUSED" : "ACTIVE";
        if (status.equals(account.status())) {
            return 0;
        }
        jdbc.sql("UPDATE trk_account SET status = ?, updated_at = ? WHERE id = ? AND guild_id = ?")
                .params(status, Timestamp.from(Instant.now()), account.id(), guildId).update();
        audit.record(guildId, actorId, action == BulkAction.PAUSE ? "ACCOUNT_PAUSED" : "ACCOUNT_RESUMED", target,
                List.of(new AuditTrail.Change("status", account.status(), status)), group);
        return 1;
    }

    private static Map<String, Object> snapshot(Account account) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("platform", account.platform());
        fields.put("handle", account.handle());
        fields.put("displayName", account.displayName());
        fields.put("brandId", account.brandId());
        fields.put("status", account.status());
        return fields;
    }

    private static String where(String guildId, AccountFilter filter, List<Object> params) {
        StringBuilder where = new StringBuilder("a.guild_id = ?");
        params.add(guildId);
        if (filter.platform() != null) {
            where.append(" AND a.platform = ?");
            params.add(filter.platform().name());
        }
        if (filter.brandId() != null) {
            where.append(" AND a.brand_id = ?");
            params.add(filter.brandId());
        }
        if (filter.status() != null) {
            where.append(" AND a.status = ?");
            params.add(filter.status());
        }
        if (filter.text() != null) {
            where.append(" AND (a.handle_key LIKE ? ESCAPE '\\' OR LOWER(a.display_name) LIKE ? ESCAPE '\\')");
            String pattern = Like.contains(filter.text());
            params.add(pattern);
            params.add(pattern);
        }
        return where.toString();
    }

    private Account account(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Platform platform = Platform.valueOf(rs.getString("platform"));
        String handle = rs.getString("handle");
        // getObject, not getLong + wasNull: the arguments below read other columns in between
        Long brandId = rs.getObject("brand_id", Long.class);
        return new Account(rs.getLong("id"), platform.name(), handle, rs.getString("display_name"),
                platform.profileUrl(handle), brandId, rs.getString("brand_name"),
                rs.getString("status"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
