package dev.trackboard.api.tracking;

import java.util.List;

/** One page of accounts; total may be an estimate when {@code totalIsEstimate}. */
public record AccountPage(List<TrackedAccount> items, long offset, int limit, long total, boolean totalIsEstimate) {
}
