package dev.trackboard.api.tracking;

import dev.trackboard.api.ListParameters;
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
        return new ListParameters().filter("platform", platform).filter("brandId", brandId)
                .filter("status", status).filter("q", text).sort(sort.apiName(), descending).asMap();
    }
}
