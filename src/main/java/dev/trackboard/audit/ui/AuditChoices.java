package dev.trackboard.audit.ui;

import dev.trackboard.api.audit.AuditFacets;

/** What the audit filters offer (the actors, actions and target types the trail holds) and the names its values use. */
record AuditChoices(AuditFacets facets, AuditNames names) {
}
