package dev.trackboard.embedded.tracking;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The stable columns of each export type (documented in tracking-api.yaml, ExportColumns) and the
 * values of one row in that order. Names are the list endpoints' JSON names, flattened; new columns
 * are only ever added at the end, so a spreadsheet or script reading by position keeps working.
 */
public final class ExportColumns {

    private static final Map<ExportableLists.Kind, List<String>> COLUMNS = Map.of(
            ExportableLists.Kind.ACCOUNTS, List.of("id", "platform", "handle", "displayName", "profileUrl", "brandId",
                    "brandName", "status", "createdAt", "updatedAt"),
            ExportableLists.Kind.POSTS, List.of("id", "postedAt", "platform", "accountId", "accountHandle",
                    "accountDisplayName", "brandId", "brandName", "text", "url", "likes", "comments", "shares", "views"),
            ExportableLists.Kind.BRANDS, List.of("id", "name", "keywords", "color", "accountCount", "postCount",
                    "createdAt", "updatedAt"),
            ExportableLists.Kind.AUDIT, List.of("id", "createdAt", "actorId", "actorName", "action", "targetType",
                    "targetId", "targetName", "changes", "groupId", "revertOf"));

    private ExportColumns() {
    }

    public static List<String> of(ExportableLists.Kind kind) {
        return COLUMNS.get(kind);
    }

    static List<Object> account(AccountStore.Account a) {
        return Arrays.asList(a.id(), a.platform(), a.handle(), a.displayName(), a.profileUrl(), a.brandId(),
                a.brandName(), a.status(), a.createdAt(), a.updatedAt());
    }

    static List<Object> post(PostController.Post p) {
        return Arrays.asList(p.id(), p.postedAt(), p.platform(), p.accountId(), p.accountHandle(),
                p.accountDisplayName(), p.brandId(), p.brandName(), p.text(), p.url(), p.likes(), p.comments(),
                p.shares(), p.views());
    }

    static List<Object> brand(BrandStore.Brand b) {
        return Arrays.asList(b.id(), b.name(), b.keywords(), b.color(), b.accountCount(), b.postCount(), b.createdAt(),
                b.updatedAt());
    }

    static List<Object> audit(AuditStore.Entry e) {
        return Arrays.asList(e.id(), e.createdAt(), e.actor().id(), e.actor().name(), e.action(), e.target().type(),
                e.target().id(), e.target().name(), e.changes(), e.groupId(), e.revertOf());
    }
}
