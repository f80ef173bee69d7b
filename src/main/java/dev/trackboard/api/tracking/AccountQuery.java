package dev.trackboard.api.tracking;

import java.util.LinkedHashMap;
import java.util.Map;
/** Filters and sort of the accounts list; null filters are not applied. */
public record AccountQuery(Platform platform, Long brandId, AccountStatus status, String text, Sort sort,
                           boolean descending) {

    public enum Sort {
        HANDLE("handle"), DISPLAY_NAME("displayName"), PLATFORM("platform"), STATUS("status"), CREATED_AT("createdAt");

        private final String apiName;

        Sort(String apiName) {
            this.apiName = apiName;
        }

        public String apiName() {
            return apiName;
        }
    }

    public static AccountQuery all() {
        return new AccountQuery(null, null, null, null, Sort.HANDLE, false);
    }

    /** Its values as list parameters, by the API's names, in reading order; filters not applied are left out. */
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        put(parameters, "platform", platform);
        put(parameters, "brandId", brandId);
        put(parameters, "status", status);
        put(parameters, "q", text);
        parameters.put("sort", sort.apiName());
        parameters.put("direction", descending ? "desc" : "asc");
        return parameters;
    }

    private static void put(Map<String, Object> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }
}
