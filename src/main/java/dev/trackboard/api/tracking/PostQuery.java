package dev.trackboard.api.tracking;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Filters and sort of the posts list; null filters are not applied; {@code to} is exclusive. */
public record PostQuery(Long accountId, Long brandId, Platform platform, Instant from, Instant to, String text,
                        Sort sort, boolean descending) {

    public enum Sort {
        POSTED_AT("postedAt"), LIKES("likes"), COMMENTS("comments"), SHARES("shares"), VIEWS("views");

        private final String apiName;

        Sort(String apiName) {
            this.apiName = apiName;
        }

        public String apiName() {
            return apiName;
        }
    }

    public static PostQuery newestFirst() {
        return new PostQuery(null, null, null, null, null, null, Sort.POSTED_AT, true);
    }

    /** Its values as list parameters, by the API's names, in reading order; filters not applied are left out. */
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        put(parameters, "accountId", accountId);
        put(parameters, "brandId", brandId);
        put(parameters, "platform", platform);
        put(parameters, "from", from);
        put(parameters, "to", to);
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
