package dev.trackboard.api.tracking;

import java.time.Instant;
import java.util.List;

/** A brand a guild tracks, with how many accounts and posts belong to it. */
public record TrackedBrand(long id, String name, List<String> keywords, String color, long accountCount,
                           long postCount, Instant createdAt, Instant updatedAt) {
}
