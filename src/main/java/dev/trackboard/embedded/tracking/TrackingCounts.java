package dev.trackboard.embedded.tracking;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per-brand counts. Posts per brand needs a pass over all of a guild's posts (a second or so at a
 * million), so the answer is kept until the guild's data changes.
 */
@Component
@ConditionalOnEmbeddedMode
class TrackingCounts {

    private record Cached(long version, Map<Long, Long> counts) { }

    private final JdbcClient jdbc;
    private final GuildDataVersions versions;
    private final Map<String, Cached> postsPerBrand = new ConcurrentHashMap<>();

    TrackingCounts(JdbcClient embeddedJdbcClient, GuildDataVersions versions) {
        this.jdbc = embeddedJdbcClient;
        this.versions = versions;
    }

    Map<Long, Long> accountsPerBrand(String guildId) {
        return grouped("SELECT brand_id, COUNT(*) FROM trk_account WHERE guild_id = ? AND brand_id IS NOT NULL GROUP BY brand_id",
                guildId);
    }

    Map<Long, Long> postsPerBrand(String guildId) {
        long version = versions.current(guildId);
        Cached cached = postsPerBrand.get(guildId);
        if (cached == null || cached.version() != version) {
            cached = new Cached(version, grouped(
                    "SELECT brand_id, COUNT(*) FROM trk_post WHERE guild_id = ? AND brand_id IS NOT NULL GROUP BY brand_id",
                    guildId));
            postsPerBrand.put(guildId, cached);
        }
        return cached.counts();
    }

    private Map<Long, Long> grouped(String sql, String guildId) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql(sql).param(guildId).query(rs -> {
            counts.put(rs.getLong(1), rs.getLong(2));
        });
        return Map.copyOf(counts);
    }
}
