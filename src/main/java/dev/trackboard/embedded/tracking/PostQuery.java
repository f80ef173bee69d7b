package dev.trackboard.embedded.tracking;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The filters and sort of a posts list, checked; {@link #where} renders the filters as SQL. */
record PostQuery(Long accountId, Long brandId, Platform platform, Instant from, Instant to, String text,
                 Sort sort, boolean descending) {

    /** Supported sorts; each has a (guild_id, column, id) index (V2 migration). */
    enum Sort {
        POSTED_AT("posted_at", "postedAt"), LIKES("likes", "likes"), COMMENTS("comments", "comments"),
        SHARES("shares", "shares"), VIEWS("views", "views");

        final String column;
        final String apiName;

        Sort(String column, String apiName) {
            this.column = column;
            this.apiName = apiName;
        }
    }

    static PostQuery parse(String accountId, String brandId, String platform, String from, String to, String q,
                           String sort, String direction) {
        FieldCheck check = new FieldCheck();
        Long account = id(check, "accountId", accountId);
        Long brand = id(check, "brandId", brandId);
        Platform parsedPlatform = null;
        if (platform != null && !platform.isBlank()) {
            parsedPlatform = Platform.parse(platform).orElse(null);
            if (parsedPlatform == null) {
                check.fail("platform", "unknown platform");
            }
        }
        Instant start = instant(check, "from", from);
        Instant end = instant(check, "to", to);
        if (q != null && q.length() > 200) {
            check.fail("q", "must be at most 200 characters");
        }
        Sort parsedSort = Sort.POSTED_AT;
        if (sort != null && !sort.isBlank()) {
            parsedSort = null;
            for (Sort candidate : Sort.values()) {
                if (candidate.apiName.equals(sort)) {
                    parsedSort = candidate;
                }
            }
            if (parsedSort == null) {
                check.fail("sort", "must be one of postedAt, likes, comments, shares, views");
                parsedSort = Sort.POSTED_AT;
            }
        }
        check.throwIfFailed();
        return new PostQuery(account, brand, parsedPlatform, start, end, q == null || q.isBlank() ? null : q.strip(),
                parsedSort, PageRequest.descending(direction, true));
    }

    /** The WHERE clause of the filters (without the sort's seek condition). */
    String where(String guildId, List<Object> params) {
        StringBuilder where = new StringBuilder("guild_id = ?");
        params.add(guildId);
        if (accountId != null) {
            where.append(" AND account_id = ?");
            params.add(accountId);
        }
        if (brandId != null) {
            where.append(" AND brand_id = ?");
            params.add(brandId);
        }
        if (platform != null) {
            where.append(" AND platform = ?");
            params.add(platform.name());
        }
        if (from != null) {
            where.append(" AND posted_at >= ?");
            params.add(Timestamp.from(from));
        }
        if (to != null) {
            where.append(" AND posted_at < ?");
            params.add(Timestamp.from(to));
        }
        if (text != null) {
            where.append(" AND LOWER(text) LIKE ? ESCAPE '\\'");
            params.add(Like.contains(text));
        }
        return where.toString();
    }

    /** ORDER BY that H2 serves straight from the sort's index (guild_id first, same direction throughout). */
    String orderBy() {
        String dir = descending ? " DESC" : " ASC";
        return " ORDER BY guild_id" + dir + ", " + sort.column + dir + ", id" + dir;
    }

    private static Long id(FieldCheck check, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            check.fail(field, "must be an id");
            return null;
        }
    }

    private static Instant instant(FieldCheck check, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(raw.strip());
        } catch (DateTimeParseException e) {
            check.fail(field, "must be an ISO-8601 instant such as 2026-01-31T23:00:00Z");
            return null;
        }
    }

    static List<Object> params() {
        return new ArrayList<>();
    }
}
