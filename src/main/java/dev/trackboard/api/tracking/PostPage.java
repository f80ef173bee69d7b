package dev.trackboard.api.tracking;

import java.util.List;

/** One page of posts; total may be an estimate when {@code totalIsEstimate}. */
public record PostPage(List<TrackedPost> items, long offset, int limit, long total, boolean totalIsEstimate) {
}
