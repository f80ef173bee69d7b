package dev.trackboard.api.exports;

import dev.trackboard.api.tracking.PostQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A list's query as an export's {@code filters}: the list endpoint's own parameter names and values,
 * written here because the client is the one place that knows them (the posts list sends the same
 * in {@code TrackingClient.posts}); absent filters are left out.
 */
public final class ExportFilters {

    private ExportFilters() {
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

    private static void put(Map<String, String> filters, String name, Object value) {
        if (value != null) {
            filters.put(name, String.valueOf(value));
        }
    }
}
