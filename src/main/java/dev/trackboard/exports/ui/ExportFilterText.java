package dev.trackboard.exports.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An export's filters in the bundle's words, for the exports screen and the audit log: the filters
 * are the lists' query parameters (API names), so each known name has a label, and the values the
 * API spells in its own vocabulary (platforms, statuses, sort columns, directions, brand ids) are
 * words too; other values (search text, dates, ids) are shown as they are, and unknown names are
 * only counted — never an API name on screen. "Search: nova · Platform: YouTube", or "All rows".
 */
public final class ExportFilterText {

    /** In the order a person reads a query: what is searched, what narrows it, then the order. */
    private static final List<Map.Entry<String, String>> LABELS = List.of(
            Map.entry("q", "exports.filter.q"),
            Map.entry("platform", "exports.filter.platform"),
            Map.entry("status", "exports.filter.status"),
            Map.entry("brandId", "exports.filter.brand"),
            Map.entry("accountId", "exports.filter.account"),
            Map.entry("actorId", "exports.filter.actor"),
            Map.entry("action", "exports.filter.action"),
            Map.entry("targetType", "exports.filter.target"),
            Map.entry("groupId", "exports.filter.group"),
            Map.entry("from", "exports.filter.from"),
            Map.entry("to", "exports.filter.to"),
            Map.entry("sort", "exports.filter.sort"),
            Map.entry("direction", "exports.filter.direction"));
    /** The lists' sort names as their screens' column headers. */
    private static final Map<String, String> SORTS = Map.of(
            "postedAt", "tracking.posts.posted", "likes", "tracking.posts.likes",
            "comments", "tracking.posts.comments", "shares", "tracking.posts.shares", "views", "tracking.posts.views",
            "handle", "tracking.accounts.handle", "displayName", "tracking.accounts.displayName",
            "platform", "exports.filter.platform", "status", "tracking.accounts.status",
            "createdAt", "tracking.accounts.added");
    private static final Map<String, String> DIRECTIONS = Map.of(
            "asc", "exports.direction.asc", "desc", "exports.direction.desc");
    private static final Map<String, String> PLATFORMS = Map.of(
            "X", "tracking.platform.X", "INSTAGRAM", "tracking.platform.INSTAGRAM",
            "TIKTOK", "tracking.platform.TIKTOK", "YOUTUBE", "tracking.platform.YOUTUBE",
            "TWITCH", "tracking.platform.TWITCH", "BLUESKY", "tracking.platform.BLUESKY");
    /** The audit trail's target types and actions, in the audit log's words. */
    private static final Map<String, String> TARGETS = Map.of(
            "ACCOUNT", "audit.target.ACCOUNT", "BRAND", "audit.target.BRAND",
            "SETTINGS", "audit.target.SETTINGS", "EXPORT", "audit.target.EXPORT");
    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("ACCOUNT_CREATED", "audit.action.ACCOUNT_CREATED"),
            Map.entry("ACCOUNT_UPDATED", "audit.action.ACCOUNT_UPDATED"),
            Map.entry("ACCOUNT_DELETED", "audit.action.ACCOUNT_DELETED"),
            Map.entry("ACCOUNT_PAUSED", "audit.action.ACCOUNT_PAUSED"),
            Map.entry("ACCOUNT_RESUMED", "audit.action.ACCOUNT_RESUMED"),
            Map.entry("BRAND_CREATED", "audit.action.BRAND_CREATED"),
            Map.entry("BRAND_UPDATED", "audit.action.BRAND_UPDATED"),
            Map.entry("BRAND_DELETED", "audit.action.BRAND_DELETED"),
            Map.entry("SETTINGS_UPDATED", "audit.action.SETTINGS_UPDATED"),
            Map.entry("EXPORT_REQUESTED", "audit.action.EXPORT_REQUESTED"),
            Map.entry("EXPORT_CANCELLED", "audit.action.EXPORT_CANCELLED"),
            Map.entry("EXPORT_DOWNLOADED", "audit.action.EXPORT_DOWNLOADED"));
    private static final Map<String, String> STATUSES = Map.of(
            "ACTIVE", "tracking.status.ACTIVE", "PAUSED", "tracking.status.PAUSED");

    private final Component words;
    private final Function<String, String> brandName;

    /** @param brandName a brand's name by its id, or null when it is not known (the id is shown) */
    public ExportFilterText(Component words, Function<String, String> brandName) {
        this.words = words;
        this.brandName = brandName;
    }

    public String describe(Map<String, String> filters) {
        List<String> shown = new ArrayList<>();
        for (Map.Entry<String, String> label : LABELS) {
            if (filters.containsKey(label.getKey())) {
                shown.add(words.getTranslation("exports.filterValue", words.getTranslation(label.getValue()),
                        value(label.getKey(), filters.get(label.getKey()))));
            }
        }
        long unknown = filters.keySet().stream()
                .filter(name -> LABELS.stream().noneMatch(label -> label.getKey().equals(name))).count();
        if (unknown > 0) {
            shown.add(words.getTranslation("exports.filtersOther", unknown));
        }
        return shown.isEmpty() ? words.getTranslation("exports.filtersNone") : String.join(" · ", shown);
    }

    private String value(String name, String value) {
        if (value == null) {
            return "";
        }
        return switch (name) {
            case "platform" -> known(PLATFORMS, value);
            case "status" -> known(STATUSES, value);
            case "sort" -> known(SORTS, value);
            case "direction" -> known(DIRECTIONS, value);
            case "targetType" -> known(TARGETS, value);
            case "action" -> known(ACTIONS, value);
            case "brandId" -> {
                String brand = brandName.apply(value);
                yield brand == null ? value : brand;
            }
            default -> value;
        };
    }

    private String known(Map<String, String> keys, String value) {
        String key = keys.get(value);
        return key == null ? value : words.getTranslation(key);
    }
}
