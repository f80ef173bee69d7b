package dev.trackboard.embedded.tracking;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keyset ("seek") paging behind the offset/limit contract (docs/decisions/0010). For each query
 * (guild, filters, sort, direction) one ordered pass over the sort index records the key of every
 * {@value #STRIDE}th row: the anchors, which also give the exact total. A page at any offset then
 * seeks to the nearest anchor at or before it through the (guild_id, key, id) index and reads at
 * most {@code STRIDE - 1 + limit} ids: a row 900,000 deep costs what row 0 does. Anchors are keyed
 * by the guild's data version ({@link GuildDataVersions}), so a change of its posts makes them
 * unreachable; the cache keeps the {@value #MAX_CACHED} most used.
 */
@Component
@ConditionalOnEmbeddedMode
class PostPager {

    static final int STRIDE = 256;
    private static final int MAX_CACHED = 64;

    private record Key(String guildId, long version, PostQuery query) { }

    /** keys[i] and ids[i]: sort key and id of the row at position i * STRIDE. */
    record Anchors(long total, Object[] keys, long[] ids) { }

    private final JdbcClient jdbc;
    private final GuildDataVersions versions;
    /** Futures, so that concurrent requests for the same query wait for one pass instead of each making one. */
    private final AsyncCache<Key, Anchors> anchors = Caffeine.newBuilder().maximumSize(MAX_CACHED).buildAsync();

    PostPager(JdbcClient embeddedJdbcClient, GuildDataVersions versions) {
        this.jdbc = embeddedJdbcClient;
        this.versions = versions;
    }

    long total(String guildId, PostQuery query) {
        return anchors(guildId, query).total();
    }

    /** The ids of the rows at [offset, offset + limit) in the query's order. */
    List<Long> ids(String guildId, PostQuery query, long offset, int limit) {
        Anchors anchors = anchors(guildId, query);
        if (limit == 0 || offset >= anchors.total()) {
            return List.of();
        }
        int anchor = (int) (offset / STRIDE);
        int skip = (int) (offset - (long) anchor * STRIDE);
        int needed = skip + limit;
        List<Long> ids = new ArrayList<>(needed);
        String dir = query.descending() ? "<" : ">";
        if (anchor == 0) {
            ids.addAll(seek(guildId, query, "", List.of(), needed));
        } else {
            Object key = anchors.keys()[anchor];
            long id = anchors.ids()[anchor];
            // the rest of the anchor's tie group (same key, ids from the anchor on), then the keys beyond it
            ids.addAll(seek(guildId, query, " AND " + query.sort().column + " = ? AND id " + dir + "= ?",
                    List.of(key, id), needed));
            if (ids.size() < needed) {
                ids.addAll(seek(guildId, query, " AND " + query.sort().column + " " + dir + " ?", List.of(key),
                        needed - ids.size()));
            }
        }
        return ids.subList(Math.min(skip, ids.size()), ids.size());
    }

    private List<Long> seek(String guildId, PostQuery query, String condition, List<Object> extra, int limit) {
        List<Object> params = PostQuery.params();
        String where = query.where(guildId, params);
        params.addAll(extra);
        params.add(limit);
        return jdbc.sql("SELECT id FROM trk_post WHERE " + where + condition + query.orderBy() + " LIMIT ?")
                .params(params).query(Long.class).list();
    }

    private Anchors anchors(String guildId, PostQuery query) {
        Key key = new Key(guildId, versions.current(guildId), query);
        CompletableFuture<Anchors> mine = new CompletableFuture<>();
        CompletableFuture<Anchors> existing = anchors.asMap().putIfAbsent(key, mine);
        if (existing != null) {
            return existing.join();
        }
        // the pass runs on the calling (request) thread, outside the cache's own locks
        try {
            mine.complete(build(guildId, query));
        } catch (RuntimeException e) {
            anchors.asMap().remove(key, mine); // the next request tries again
            mine.completeExceptionally(e);
            throw e;
        }
        return mine.join();
    }

    private Anchors build(String guildId, PostQuery query) {
        List<Object> params = PostQuery.params();
        String where = query.where(guildId, params);
        List<Object> keys = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        long[] count = {0};
        jdbc.sql("SELECT " + query.sort().column + ", id FROM trk_post WHERE " + where + query.orderBy())
                .params(params).query(rs -> {
                    if (count[0] % STRIDE == 0) {
                        keys.add(rs.getObject(1));
                        ids.add(rs.getLong(2));
                    }
                    count[0]++;
                });
        return new Anchors(count[0], keys.toArray(), ids.stream().mapToLong(Long::longValue).toArray());
    }
}
