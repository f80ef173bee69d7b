package dev.trackboard.embedded.tracking;

import dev.trackboard.embedded.ApiProblem;

/**
 * Object ids in paths (the exports' job ids too): anything that is no positive number answers exactly
 * like an unknown id.
 */
public final class Ids {

    private Ids() {
    }

    public static long parse(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > 18 || !raw.chars().allMatch(Character::isDigit)) {
            throw ApiProblem.notFound();
        }
        return Long.parseLong(raw);
    }
}
