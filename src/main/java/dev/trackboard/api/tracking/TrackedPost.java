package dev.trackboard.api.tracking;

import java.time.Instant;

/** A post of a tracked account, with its metrics. {@code text} is user-generated: show it as text only. */
public record TrackedPost(long id, long accountId, String accountHandle, String accountDisplayName, Platform platform,
                          Long brandId, String brandName, Instant postedAt, String text, String url, long likes,
                          long comments, long shares, long views) {
}
