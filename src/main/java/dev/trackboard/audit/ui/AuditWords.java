package dev.trackboard.audit.ui;

import com.vaadin.flow.component.Component;
import dev.trackboard.api.audit.AuditChange;
import dev.trackboard.api.audit.AuditEntry;
import dev.trackboard.api.audit.AuditEntryDetail;
import dev.trackboard.api.exports.ExportFilters;
import dev.trackboard.base.ui.ApiVocabulary;
import dev.trackboard.exports.ui.BrandNames;
import dev.trackboard.exports.ui.ExportFilterText;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The audit trail in the bundle's words: actions, target types, fields and values. The API names
 * all of them in its own vocabulary (ACCOUNT_PAUSED, brandId, ["X","YOUTUBE"]), and actions are an
 * open set (exports and sessions will add theirs), so every name is looked up in a table here and
 * one the table does not know gets a general word, never the API's string. Target names and text
 * values are user data and shown as they are.
 */
final class AuditWords {

    /** How far a value is shown in a list cell; the detail has it whole. */
    static final int SHORT = 40;

    /** Account and brand fields have their own words; settings fields use the settings screen's labels. */
    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("platform", "audit.field.platform"),
            Map.entry("handle", "audit.field.handle"),
            Map.entry("displayName", "audit.field.displayName"),
            Map.entry("brandId", "audit.field.brandId"),
            Map.entry("status", "audit.field.status"),
            Map.entry("name", "audit.field.name"),
            Map.entry("keywords", "audit.field.keywords"),
            Map.entry("color", "audit.field.color"),
            Map.entry("trackingEnabled", "settings.field.trackingEnabled"),
            Map.entry("notificationChannelId", "settings.field.notificationChannelId"),
            Map.entry("mentionRoleId", "settings.field.mentionRoleId"),
            Map.entry("mentionEveryoneConfirmed", "settings.field.mentionEveryoneConfirmed"),
            Map.entry("platforms", "settings.field.platforms"),
            Map.entry("delivery", "settings.field.delivery"),
            Map.entry("digestTime", "settings.field.digestTime"),
            Map.entry("quietHoursFrom", "settings.field.quietHoursFrom"),
            Map.entry("quietHoursTo", "settings.field.quietHoursTo"),
            Map.entry("timeZone", "settings.field.timeZone"),
            Map.entry("messageTemplate", "settings.field.messageTemplate"),
            Map.entry("minLikes", "settings.field.minLikes"),
            Map.entry("retentionDays", "settings.field.retentionDays"),
            Map.entry("type", "audit.field.exportType"),
            Map.entry("format", "audit.field.exportFormat"),
            Map.entry("filters", "audit.field.exportFilters"));
    /** An export's type and format in the exports screen's words. */
    static final Map<String, String> EXPORT_TYPES = Map.of("ACCOUNTS", "exports.type.accounts",
            "POSTS", "exports.type.posts", "BRANDS", "exports.type.brands", "AUDIT", "exports.type.audit");
    static final Map<String, String> EXPORT_FORMATS = Map.of("CSV", "exports.format.csv", "NDJSON", "exports.format.ndjson");
    static final Map<String, String> REFUSALS = Map.of(
            "ALREADY_UNDONE", "audit.notRevertible.ALREADY_UNDONE",
            "POSTS_DELETED", "audit.notRevertible.POSTS_DELETED",
            "CREATION", "audit.notRevertible.CREATION",
            "NOT_SUPPORTED", "audit.notRevertible.NOT_SUPPORTED",
            "TARGET_GONE", "audit.notRevertible.TARGET_GONE");
    /** An account's statuses, and an export's (a cancel records where the job was): the two sets share no name. */
    private static final Map<String, String> STATUSES = joined(ApiVocabulary.ACCOUNT_STATUSES, Map.of(
            "QUEUED", "exports.status.queued", "RUNNING", "exports.status.running",
            "SUCCEEDED", "exports.status.succeeded", "FAILED", "exports.status.failed",
            "CANCELLED", "exports.status.cancelled", "EXPIRED", "exports.status.expired"));
    private static final Map<String, String> DELIVERIES = Map.of(
            "INSTANT", "settings.delivery.INSTANT", "HOURLY_DIGEST", "settings.delivery.HOURLY_DIGEST",
            "DAILY_DIGEST", "settings.delivery.DAILY_DIGEST");

    private final Component words;
    private final AuditNames names;

    AuditWords(Component words, AuditNames names) {
        this.words = words;
        this.names = names;
    }

    String action(String action) {
        return text(ApiVocabulary.AUDIT_ACTIONS.get(action), "audit.action.other");
    }

    String targetType(String type) {
        return text(ApiVocabulary.AUDIT_TARGETS.get(type), "audit.target.other");
    }

    String field(String field) {
        return text(FIELDS.get(field), "audit.field.other");
    }

    /** A value whole: ids as today's names, enums and switches in words, a list as a list; null as "none". */
    String value(String field, String value) {
        if (value == null) {
            return words.getTranslation("audit.value.none");
        }
        return switch (field) {
            case "platform" -> known(ApiVocabulary.PLATFORMS, value);
            case "status" -> known(STATUSES, value);
            case "delivery" -> known(DELIVERIES, value);
            case "type" -> known(EXPORT_TYPES, value);
            case "format" -> known(EXPORT_FORMATS, value);
            case "filters" -> ExportFilters.fromAuditValue(value)
                    .map(filters -> new ExportFilterText(words, BrandNames.of(names.brands())).describe(filters))
                    .orElse(value);
            case "platforms" -> list(value).stream().map(platform -> known(ApiVocabulary.PLATFORMS, platform))
                    .collect(Collectors.joining(", "));
            case "keywords" -> String.join(", ", value.split("\n"));
            case "trackingEnabled", "mentionEveryoneConfirmed" -> words.getTranslation(
                    "true".equals(value) ? "audit.value.on" : "audit.value.off");
            case "brandId" -> named(names.brands().get(value), "audit.value.brand", "audit.value.deletedBrand");
            case "notificationChannelId" -> named(names.channels().get(value), "audit.value.channel",
                    "audit.value.deletedChannel");
            case "mentionRoleId" -> named(names.roles().get(value), "audit.value.role", "audit.value.deletedRole");
            default -> value;
        };
    }

    /** A value as a list cell shows it: cut after {@link #SHORT} characters. */
    String shortValue(String field, String value) {
        return cut(value(field, value));
    }

    /**
     * Every field of a change, short: "Status: Active → Paused · Brand: none → Acme". An export's
     * request records what was asked, not a change: "Export of: Posts · Format: CSV · Filters: …".
     */
    String changes(AuditEntry entry, boolean whole) {
        boolean export = "EXPORT".equals(entry.target().type());
        return entry.changes().stream().map(change -> export && change.before() == null
                ? words.getTranslation("audit.fact", field(change.field()),
                        whole ? value(change.field(), change.after()) : shortValue(change.field(), change.after()))
                : change(change, whole)).collect(Collectors.joining(" · "));
    }

    private String change(AuditChange change, boolean whole) {
        String before = whole ? value(change.field(), change.before()) : shortValue(change.field(), change.before());
        String after = whole ? value(change.field(), change.after()) : shortValue(change.field(), change.after());
        return words.getTranslation("audit.change", field(change.field()), before, after);
    }

    /** Why an entry cannot be undone, from the API's code (or, while the API gives none, what the entry is). */
    String notRevertible(AuditEntryDetail detail) {
        String code = detail.notRevertibleCode();
        if (code == null) {
            code = !detail.revertedBy().isEmpty() ? "ALREADY_UNDONE" : switch (detail.entry().action()) {
                case "ACCOUNT_DELETED" -> "POSTS_DELETED";
                case "ACCOUNT_CREATED", "BRAND_CREATED" -> "CREATION";
                default -> "NOT_SUPPORTED";
            };
        }
        return text(REFUSALS.get(code), "audit.notRevertible.other");
    }

    static String cut(String text) {
        return text.length() > SHORT ? text.substring(0, SHORT) + "…" : text;
    }

    private String known(Map<String, String> keys, String value) {
        return ApiVocabulary.word(words, keys, value);
    }

    private static Map<String, String> joined(Map<String, String> some, Map<String, String> more) {
        Map<String, String> all = new HashMap<>(some);
        all.putAll(more);
        return Map.copyOf(all);
    }

    private String named(String name, String key, String goneKey) {
        return name == null ? words.getTranslation(goneKey) : words.getTranslation(key, name);
    }

    private String text(String key, String otherwise) {
        return words.getTranslation(key == null ? otherwise : key);
    }

    /** A JSON list of names as the API's value text gives it (["X","YOUTUBE"]). */
    private static List<String> list(String json) {
        String inner = json.strip();
        if (inner.startsWith("[") && inner.endsWith("]")) {
            inner = inner.substring(1, inner.length() - 1);
        }
        return Arrays.stream(inner.split(",")).map(item -> item.strip().replace("\"", "")).filter(item -> !item.isEmpty())
                .toList();
    }
}
