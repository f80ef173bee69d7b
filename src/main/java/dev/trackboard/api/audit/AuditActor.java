package dev.trackboard.api.audit;

/** Who made a change: a Discord user; {@code name} is their id when the API no longer knows them. */
public record AuditActor(String id, String name, String avatarUrl) {
}
