-- Embedded mode schema, version 6 (issue 10, point 4): the audit trail becomes readable through the
-- API (GET /guilds/{guildId}/audit) and cannot be changed, not even by the application's own SQL
-- (docs/decisions/0105-audit-trail-immutable-and-keyset-paged.md).

-- One bulk request writes one entry per target, all with the same group id; null for a single change.
ALTER TABLE api_audit_entry ADD COLUMN group_id VARCHAR(36);
-- A revert is a new entry that names the entry it undoes (decision 0106); null for ordinary changes.
ALTER TABLE api_audit_entry ADD COLUMN revert_of BIGINT;

-- Newest first, by (created_at, id), served from an index for each filter the screen offers: the
-- keyset seek reads only the rows of the page whatever its depth. The V2 index (guild_id,
-- created_at, id) serves the unfiltered list and the date range.
CREATE INDEX api_audit_entry_actor ON api_audit_entry (guild_id, actor_id, created_at, id);
CREATE INDEX api_audit_entry_action ON api_audit_entry (guild_id, action, created_at, id);
CREATE INDEX api_audit_entry_target_type ON api_audit_entry (guild_id, target_type, created_at, id);
CREATE INDEX api_audit_entry_group ON api_audit_entry (group_id);
-- an entry is undone at most once, even by two admins at the same moment (NULLs do not collide)
CREATE UNIQUE INDEX api_audit_entry_revert_of ON api_audit_entry (revert_of);
-- "what happened to this object" (a revert checks for later changes of the same target)
CREATE INDEX api_audit_entry_target ON api_audit_entry (guild_id, target_type, target_id, id);

-- Entries are written once and never changed or removed. The trigger class refuses every UPDATE and
-- DELETE; the class name is part of the schema (H2 loads it when the table is first written), so it
-- must not be renamed or moved without a migration that re-creates the trigger.
CREATE TRIGGER api_audit_entry_immutable BEFORE UPDATE, DELETE ON api_audit_entry
    FOR EACH ROW CALL 'dev.trackboard.embedded.db.ImmutableRowsTrigger';
-- TRUNCATE TABLE fires no trigger in H2, but H2 refuses to truncate a table that a foreign key
-- references; this one (a revert names an entry that exists) is such a key, on the table itself.
ALTER TABLE api_audit_entry ADD CONSTRAINT api_audit_entry_reverts FOREIGN KEY (revert_of) REFERENCES api_audit_entry (id);
