package dev.trackboard.api.tracking;

import java.time.Instant;

/** An account the bot tracks in a guild. brandId and brandName are null for an account without brand. */
public record TrackedAccount(long id, Platform platform, String handle, String displayName, String profileUrl,
                             Long brandId, String brandName, AccountStatus status, Instant createdAt,
                             Instant updatedAt) {
}
