package dev.trackboard.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A list query's parameters by the API's names, in the order people read them; a filter not applied
 * is left out. The list calls send them and export jobs record them (ExportFilters), the same map.
 */
public final class ListParameters {

    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds the filter if it is applied (not null). */
    public ListParameters filter(String name, Object value) {
        if (value != null) {
            parameters.put(name, value);
        }
        return this;
    }

    public ListParameters sort(String apiName, boolean descending) {
        parameters.put("sort", apiName);
        parameters.put("direction", descending ? "desc" : "asc");
        return this;
    }

    public Map<String, Object> asMap() {
        return parameters;
    }
}
