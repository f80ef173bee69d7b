package dev.trackboard.embedded.exports;

import dev.trackboard.embedded.ApiProblem;

/** Job ids in paths: anything that is no positive number answers exactly like an unknown id. */
final class ExportIds {

    private ExportIds() {
    }

    static long parse(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > 18 || !raw.chars().allMatch(Character::isDigit)) {
            throw ApiProblem.notFound();
        }
        return Long.parseLong(raw);
    }
}
