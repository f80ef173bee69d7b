package dev.trackboard.api.exports;

import dev.trackboard.api.audit.AuditQuery;
import dev.trackboard.api.tracking.AccountQuery;
import dev.trackboard.api.tracking.PostQuery;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A list's query as an export's {@code filters}: the list endpoint's own parameter names and values,
 * written here because the client is the one place that knows them (the posts list sends the same
 * in {@code TrackingClient.posts}, the accounts list in {@code TrackingClient.accounts}, the audit
 * trail in {@code AuditClient}); absent filters are left out. Brands have no filters and no sort on
 * the API (the screen sorts its one list itself): their export is the list in the API's order.
 */
public final class ExportFilters {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExportFilters() {
    }

    /**
     * The filters an EXPORT_REQUESTED audit entry holds, from its value text (the JSON object the
     * API recorded); empty when the text is no object of names and plain values.
     */
    public static Optional<Map<String, String>> fromAuditValue(String json) {
        if (json == null || !json.strip().startsWith("{")) {
            return Optional.empty();
        }
        try {
            Map<String, Object> parsed = JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
            Map<String, String> filters = new LinkedHashMap<>();
            for (Map.Entry<String, Object> filter : parsed.entrySet()) {
                if (filter.getValue() instanceof Map<?, ?> || filter.getValue() instanceof Iterable<?>) {
                    return Optional.empty();
                }
                filters.put(filter.getKey(), filter.getValue() == null ? null : String.valueOf(filter.getValue()));
            }
            return Optional.of(filters);
        } catch (JsonProcessingException notAnObject) {
            return Optional.empty();
        }
    }

    public static Map<String, String> posts(PostQuery query) {
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, "accountId", query.accountId());
        put(filters, "brandId", query.brandId());
        put(filters, "platform", query.platform());
        put(filters, "from", query.from());
        put(filters, "to", query.to());
        put(filters, "q", query.text());
        filters.put("sort", query.sort().apiName());
        filters.put("direction", query.descending() ? "desc" : "asc");
        return filters;
    }

    public static Map<String, String> accounts(AccountQuery query) {
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, "platform", query.platform());
        put(filters, "brandId", query.brandId());
        put(filters, "status", query.status());
        put(filters, "q", query.text());
        filters.put("sort", query.sort().apiName());
        filters.put("direction", query.descending() ? "desc" : "asc");
        return filters;
    }

    /** The audit trail has one order (newest first), so no sort. */
    public static Map<String, String> audit(AuditQuery query) {
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, "actorId", query.actorId());
        put(filters, "action", query.action());
        put(filters, "targetType", query.targetType());
        put(filters, "groupId", query.groupId());
        put(filters, "from", query.from());
        put(filters, "to", query.to());
        return filters;
    }

    private static void put(Map<String, String> filters, String name, Object value) {
        if (value != null) {
            filters.put(name, String.valueOf(value));
        }
    }
}
