package dev.trackboard.embedded.tracking;

/** The {@code offset}/{@code limit} of a list request, checked. {@code limit=0} asks for the total only. */
record PageRequest(long offset, int limit) {

    static final int MAX_LIMIT = 500;
    static final int DEFAULT_LIMIT = 50;

    static PageRequest parse(String offset, String limit) {
        FieldCheck check = new FieldCheck();
        long from = number(check, "offset", offset, 0, Long.MAX_VALUE / 2, 0);
        long size = number(check, "limit", limit, 0, MAX_LIMIT, DEFAULT_LIMIT);
        check.throwIfFailed();
        return new PageRequest(from, (int) size);
    }

    /** {@code direction=asc|desc}; absent means the sort's natural direction. */
    static boolean descending(String direction, boolean byDefault) {
        if (direction == null || direction.isBlank()) {
            return byDefault;
        }
        return switch (direction) {
            case "asc" -> false;
            case "desc" -> true;
            default -> throw FieldCheck.single("direction", "must be asc or desc");
        };
    }

    private static long number(FieldCheck check, String field, String raw, long min, long max, long absent) {
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        try {
            long value = Long.parseLong(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        check.fail(field, "must be a whole number from " + min + " to " + max);
        return absent;
    }
}
