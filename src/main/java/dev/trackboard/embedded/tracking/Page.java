package dev.trackboard.embedded.tracking;

import java.util.List;

/**
 * One page of a list: {@code total} is exact unless {@code totalIsEstimate} says it is an estimate
 * (the contract allows that for huge sets; this implementation can always afford exact totals).
 */
record Page<T>(List<T> items, long offset, int limit, long total, boolean totalIsEstimate) { }
