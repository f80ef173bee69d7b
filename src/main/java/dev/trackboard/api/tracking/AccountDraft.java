package dev.trackboard.api.tracking;

/** What an administrator enters for an account; the API checks it (handle rules, duplicates, brand). */
public record AccountDraft(Platform platform, String handle, String displayName, Long brandId, AccountStatus status) {
}
