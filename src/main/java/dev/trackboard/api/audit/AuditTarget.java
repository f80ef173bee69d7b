package dev.trackboard.api.audit;

/** What a change was made to ({@code type} ACCOUNT, BRAND, …), named as it was then (user-generated text). */
public record AuditTarget(String type, String id, String name) {
}
