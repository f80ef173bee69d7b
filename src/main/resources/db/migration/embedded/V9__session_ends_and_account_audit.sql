-- Embedded mode schema, version 9 (issue 12, points 3 and 4): the sessions screen and revocation
-- that reaches every dashboard node (docs/decisions/0150-session-revocation-reaches-every-node.md).

-- Every end of a session gets the next number of one sequence: the nodes' event stream
-- (GET /sessions/events) sends ends in that order and a node that reconnects asks for those after
-- the last number it saw. Why it ended: logout, revoked (by the user, from the sessions screen) or
-- discord (Discord no longer accepts the session's authorization).
CREATE SEQUENCE api_session_end_seq;
ALTER TABLE api_session ADD COLUMN end_seq BIGINT;
ALTER TABLE api_session ADD COLUMN end_reason VARCHAR(16);
CREATE UNIQUE INDEX api_session_end ON api_session (end_seq);
-- the sessions list: a user's live sessions
CREATE INDEX api_session_user_live ON api_session (user_id, revoked_at, created_at);

-- What a user did to their own sessions. The guild audit trail (api_audit_entry) is guild-scoped and
-- read by a guild's admins; this one belongs to one user and only they read it (decision 0151).
-- session_id: the session that was revoked (null for "all others"); count: how many sessions ended.
CREATE TABLE api_account_audit_entry (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id       VARCHAR(20) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    action        VARCHAR(32) NOT NULL,
    actor_session VARCHAR(36) NOT NULL,
    session_id    VARCHAR(36),
    user_agent    VARCHAR(512),
    ip_address    VARCHAR(64),
    session_count INT NOT NULL
);
CREATE INDEX api_account_audit_entry_user ON api_account_audit_entry (user_id, created_at, id);
-- written once, never changed (as the guild audit trail, V6)
CREATE TRIGGER api_account_audit_entry_immutable BEFORE UPDATE, DELETE ON api_account_audit_entry
    FOR EACH ROW CALL 'dev.trackboard.embedded.db.ImmutableRowsTrigger';
