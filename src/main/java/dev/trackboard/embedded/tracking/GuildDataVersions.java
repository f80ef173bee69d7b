package dev.trackboard.embedded.tracking;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * A counter per guild that every write touching its posts moves on (deleted accounts, a changed
 * brand or platform). Cached paging anchors and post counts are keyed by it, so such a change makes
 * them stale without anyone having to find them.
 */
@Component
@ConditionalOnEmbeddedMode
class GuildDataVersions {

    private final ConcurrentHashMap<String, AtomicLong> versions = new ConcurrentHashMap<>();

    long current(String guildId) {
        return versions.computeIfAbsent(guildId, id -> new AtomicLong()).get();
    }

    void changed(String guildId) {
        versions.computeIfAbsent(guildId, id -> new AtomicLong()).incrementAndGet();
    }
}
