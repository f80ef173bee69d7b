package dev.trackboard.embedded.tracking;

/** Supported sorts of the accounts list, by their API names. */
enum AccountSort {
    HANDLE("a.handle_key"), DISPLAY_NAME("LOWER(a.display_name)"), PLATFORM("a.platform"),
    STATUS("a.status"), CREATED_AT("a.created_at");

    final String column;

    AccountSort(String column) {
        this.column = column;
    }

    static AccountSort parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return HANDLE;
        }
        return switch (raw) {
            case "handle" -> HANDLE;
            case "displayName" -> DISPLAY_NAME;
            case "platform" -> PLATFORM;
            case "status" -> STATUS;
            case "createdAt" -> CREATED_AT;
            default -> throw FieldCheck.single("sort", "must be one of handle, displayName, platform, status, createdAt");
        };
    }
}
