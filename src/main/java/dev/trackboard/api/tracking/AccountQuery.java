package dev.trackboard.api.tracking;

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
}
