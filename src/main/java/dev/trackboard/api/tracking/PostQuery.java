package dev.trackboard.api.tracking;

import dev.trackboard.api.ListParameters;
import java.time.Instant;
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
        return new ListParameters().filter("accountId", accountId).filter("brandId", brandId)
                .filter("platform", platform).filter("from", from).filter("to", to).filter("q", text)
                .sort(sort.apiName(), descending).asMap();
    }
}
