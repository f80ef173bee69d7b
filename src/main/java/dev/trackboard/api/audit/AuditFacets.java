package dev.trackboard.api.audit;

import java.util.List;

/** The values a guild's trail holds, for the filter pickers. */
public record AuditFacets(List<AuditActor> actors, List<String> actions, List<String> targetTypes) {
}
