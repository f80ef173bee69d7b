package dev.trackboard.embedded.tracking;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per-brand counts. Posts per brand needs a pass over all of a guild's posts (a second or so at a
 * million), so the answer is kept for the guild's data version ({@link GuildDataVersions}): a change
 * of its posts makes the old answer unreachable.
 */
@Component
@ConditionalOnEmbeddedMode
class TrackingCounts {

    private record Key(String guildId, long version) { }

    /** Old versions are never asked for again and make way once the cache is full; each is a few dozen numbers. */
    private static final int MAX_CACHED = 64;

    private final JdbcClient jdbc;
    private final GuildDataVersions versions;
    private final Cache<Key, Map<Long, Long>> postsPerBrand = Caffeine.newBuilder().maximumSize(MAX_CACHED).build();

    TrackingCounts(JdbcClient embeddedJdbcClient, GuildDataVersions versions) {
        this.jdbc = embeddedJdbcClient;
        this.versions = versions;
    }

    Map<Long, Long> accountsPerBrand(String guildId) {
        return grouped("SELECT brand_id, COUNT(*) FROM trk_account WHERE guild_id = ? AND brand_id IS NOT NULL GROUP BY brand_id",
                guildId);
    }

    Map<Long, Long> postsPerBrand(String guildId) {
        return postsPerBrand.get(new Key(guildId, versions.current(guildId)), key -> grouped(
                "SELECT brand_id, COUNT(*) FROM trk_post WHERE guild_id = ? AND brand_id IS NOT NULL GROUP BY brand_id",
                guildId));
    }

    private Map<Long, Long> grouped(String sql, String guildId) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql(sql).param(guildId).query(rs -> {
            counts.put(rs.getLong(1), rs.getLong(2));
        });
        return Map.copyOf(counts);
    }
}
