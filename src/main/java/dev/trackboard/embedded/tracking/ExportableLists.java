package dev.trackboard.embedded.tracking;

import dev.trackboard.embedded.ApiProblem;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tracking and audit lists as export sources (issue 11): the same filters and sort as each
 * list endpoint, parsed by the list's own query classes, and the rows in the list's order handed
 * to a sink one at a time, read page by page — no caller can get a whole list at once. Public so
 * that {@code embedded.exports} needs none of this package's internals.
 */
@Component
@ConditionalOnEmbeddedMode
public class ExportableLists {

    public enum Kind { ACCOUNTS, POSTS, BRANDS, AUDIT }

    /** Checked filters of one list; what they hold stays in this package. */
    public record Filters(Kind kind, Object query) { }

    /** Receives one row's values in {@link ExportColumns} order; false stops the reading. */
    @FunctionalInterface
    public interface RowSink {
        boolean row(List<Object> values);
    }

    private static final Map<Kind, Set<String>> FILTER_NAMES = Map.of(
            Kind.ACCOUNTS, Set.of("platform", "brandId", "status", "q", "sort", "direction"),
            Kind.POSTS, Set.of("accountId", "brandId", "platform", "from", "to", "q", "sort", "direction"),
            Kind.BRANDS, Set.of(),
            Kind.AUDIT, Set.of("actorId", "action", "targetType", "groupId", "from", "to"));

    private record AccountList(AccountFilter filter, AccountSort sort, boolean descending) { }

    private final AccountStore accounts;
    private final BrandStore brands;
    private final AuditStore audit;
    private final PostPager pager;
    private final PostExportPages posts;
    private final JdbcClient jdbc;

    ExportableLists(AccountStore accounts, BrandStore brands, AuditStore audit, PostPager pager,
                    JdbcClient embeddedJdbcClient) {
        this.accounts = accounts;
        this.brands = brands;
        this.audit = audit;
        this.pager = pager;
        this.posts = new PostExportPages(embeddedJdbcClient);
        this.jdbc = embeddedJdbcClient;
    }

    /** 400 naming {@code filters.<name>} for an unknown filter or a bad value, as the list endpoint would. */
    public Filters parse(Kind kind, Map<String, String> filters) {
        List<ApiProblem.FieldError> unknown = new ArrayList<>();
        filters.keySet().stream().filter(name -> !FILTER_NAMES.get(kind).contains(name)).sorted().forEach(name ->
                unknown.add(new ApiProblem.FieldError("filters." + name, "is no filter of the " + kind + " list")));
        if (!unknown.isEmpty()) {
            throw ApiProblem.invalid(unknown);
        }
        try {
            return new Filters(kind, switch (kind) {
                case ACCOUNTS -> new AccountList(AccountFilter.parse(filters.get("platform"), filters.get("brandId"),
                        filters.get("status"), filters.get("q")), AccountSort.parse(filters.get("sort")),
                        PageRequest.descending(filters.get("direction"), false));
                case POSTS -> PostQuery.parse(filters.get("accountId"), filters.get("brandId"), filters.get("platform"),
                        filters.get("from"), filters.get("to"), filters.get("q"), filters.get("sort"),
                        filters.get("direction"));
                case BRANDS -> null; // the brands list has no filters
                case AUDIT -> AuditQuery.parse(filters.get("actorId"), filters.get("action"), filters.get("targetType"),
                        filters.get("groupId"), filters.get("from"), filters.get("to"));
            });
        } catch (ApiProblem problem) {
            throw ApiProblem.invalid(problem.errors().stream()
                    .map(error -> new ApiProblem.FieldError("filters." + error.field(), error.message())).toList());
        }
    }

    /** How many rows the export will have, counted now (rows may change while it runs). */
    public long total(String guildId, Filters filters) {
        return switch (filters.kind()) {
            case ACCOUNTS -> {
                AccountList list = (AccountList) filters.query();
                yield accounts.list(guildId, list.filter(), list.sort(), list.descending(), new PageRequest(0, 0)).total();
            }
            case POSTS -> pager.total(guildId, (PostQuery) filters.query());
            case BRANDS -> brands.list(guildId).size();
            case AUDIT -> {
                List<Object> params = new ArrayList<>();
                String where = ((AuditQuery) filters.query()).where(guildId, params);
                yield jdbc.sql("SELECT COUNT(*) FROM api_audit_entry WHERE " + where).params(params)
                        .query(Long.class).single();
            }
        };
    }

    /** Hands every row to {@code sink} in the list's order until the sink says stop. */
    public void forEach(String guildId, Filters filters, RowSink sink) {
        switch (filters.kind()) {
            case ACCOUNTS -> accounts(guildId, (AccountList) filters.query(), sink);
            case POSTS -> posts.forEach(guildId, (PostQuery) filters.query(),
                    post -> sink.row(ExportColumns.post(post)));
            // at most BrandStore.MAX_BRANDS (200) rows: one list is a bounded amount
            case BRANDS -> brands.list(guildId).stream().map(ExportColumns::brand).allMatch(sink::row);
            case AUDIT -> audit(guildId, (AuditQuery) filters.query(), sink);
        }
    }

    /** Hundreds per guild: OFFSET pages are cheap here (see AccountStore). */
    private void accounts(String guildId, AccountList list, RowSink sink) {
        for (long offset = 0; ; offset += PageRequest.MAX_LIMIT) {
            Page<AccountStore.Account> page = accounts.list(guildId, list.filter(), list.sort(), list.descending(),
                    new PageRequest(offset, PageRequest.MAX_LIMIT));
            if (!page.items().stream().map(ExportColumns::account).allMatch(sink::row)
                    || page.items().size() < PageRequest.MAX_LIMIT) {
                return;
            }
        }
    }

    /** Keyset pages, as the audit screen reads them: the same cost at any depth. */
    private void audit(String guildId, AuditQuery query, RowSink sink) {
        AuditCursor cursor = null;
        do {
            AuditStore.EntryPage page = audit.page(guildId, query, cursor, AuditStore.MAX_LIMIT);
            if (!page.items().stream().map(ExportColumns::audit).allMatch(sink::row)) {
                return;
            }
            cursor = page.nextCursor() == null ? null : AuditCursor.decode(page.nextCursor());
        } while (cursor != null);
    }
}
