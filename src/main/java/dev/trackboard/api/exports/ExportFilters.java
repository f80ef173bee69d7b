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
 * the very ones the list call sends ({@code PostQuery.parameters()} and its kin), so an export is
 * always the rows the screen shows; absent filters are left out. Brands have no filters and no sort on
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
        return asText(query.parameters());
    }

    public static Map<String, String> accounts(AccountQuery query) {
        return asText(query.parameters());
    }

    /** The audit trail has one order (newest first), so no sort. */
    public static Map<String, String> audit(AuditQuery query) {
        return asText(query.parameters());
    }

    private static Map<String, String> asText(Map<String, Object> parameters) {
        Map<String, String> filters = new LinkedHashMap<>();
        parameters.forEach((name, value) -> filters.put(name, String.valueOf(value)));
        return filters;
    }
}
