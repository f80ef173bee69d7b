package dev.trackboard.exports.ui;

import com.vaadin.flow.component.Component;
import dev.trackboard.base.ui.ApiVocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An export's filters in the bundle's words, for the exports screen and the audit log: the filters
 * are the lists' query parameters (API names), so each known name has a label, and the values the
 * API spells in its own vocabulary (platforms, statuses, sort columns, directions, audit actions and
 * target types) are words too, a brand id its name ({@link BrandNames}); other values (search text,
 * dates, other ids) are shown as they are, and unknown names are only counted — never an API name on
 * screen. "Search: nova · Platform: YouTube", or "All rows".
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

    private final Component words;
    private final BrandNames brands;

    public ExportFilterText(Component words, BrandNames brands) {
        this.words = words;
        this.brands = brands;
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
            case "platform" -> ApiVocabulary.word(words, ApiVocabulary.PLATFORMS, value);
            case "status" -> ApiVocabulary.word(words, ApiVocabulary.ACCOUNT_STATUSES, value);
            case "sort" -> ApiVocabulary.word(words, SORTS, value);
            case "direction" -> ApiVocabulary.word(words, DIRECTIONS, value);
            case "targetType" -> ApiVocabulary.word(words, ApiVocabulary.AUDIT_TARGETS, value);
            case "action" -> ApiVocabulary.word(words, ApiVocabulary.AUDIT_ACTIONS, value);
            case "brandId" -> brand(value);
            default -> value;
        };
    }

    /** Whether the text of these filters names a brand (and so needs the brands' names). */
    static boolean namesABrand(Map<String, String> filters) {
        return filters.containsKey("brandId");
    }

    /** The brand's name, or its id with a word for why there is no name. */
    private String brand(String id) {
        String name = brands.byId().get(id);
        if (name != null) {
            return name;
        }
        return words.getTranslation(brands.loaded() ? "exports.filter.brandDeleted" : "exports.filter.brandUnnamed", id);
    }
}
