package dev.trackboard.embedded.access;

import java.time.Instant;

/**
 * A guild the current caller may open, checked for this request (token claim, live session, the
 * permission rule against Discord data no older than permission-max-age (20 s), fresh for writes).
 * Guild-scoped controllers take it as a parameter instead of a bare guild id.
 */
public record AuthorizedGuild(String id, String name, String icon, int memberCount, GuildAccess access,
                              Instant botJoinedAt) {
}
