-- Embedded mode schema, version 5 (issue 10): a guild's settings, and what the bot may do in each
-- channel (docs/decisions/0100-guild-settings-api.md).
--
-- A guild without a row has the defaults at version 0 (GuildSettingsStore.DEFAULTS); the first
-- accepted PUT writes the row at version 1, every later one adds 1. The version is the ETag.
CREATE TABLE guild_settings (
    guild_id                 VARCHAR(20) PRIMARY KEY,
    version                  BIGINT NOT NULL,
    tracking_enabled         BOOLEAN NOT NULL,
    notification_channel_id  VARCHAR(20),
    mention_role_id          VARCHAR(20),
    -- platforms tracked, comma-separated enum names in Platform order
    platforms                VARCHAR(100) NOT NULL,
    delivery                 VARCHAR(16) NOT NULL,
    -- time of day in the guild's time zone; set exactly when delivery is DAILY_DIGEST
    digest_time              TIME,
    quiet_hours_from         TIME,
    quiet_hours_to           TIME,
    time_zone                VARCHAR(64) NOT NULL,
    message_template         VARCHAR(2000) NOT NULL,
    min_likes                INTEGER NOT NULL,
    retention_days           INTEGER NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by               VARCHAR(20) NOT NULL,
    CONSTRAINT guild_settings_quiet_hours CHECK ((quiet_hours_from IS NULL) = (quiet_hours_to IS NULL)),
    CONSTRAINT guild_settings_min_likes CHECK (min_likes BETWEEN 0 AND 1000000),
    CONSTRAINT guild_settings_retention CHECK (retention_days BETWEEN 7 AND 365)
);

-- Permissions the bot lacks in a channel (from its last permission scan; in embedded mode demo
-- data). A channel without rows: the bot can do everything it needs there.
CREATE TABLE bot_channel_missing_permission (
    channel_id  VARCHAR(20) NOT NULL,
    permission  VARCHAR(40) NOT NULL,
    PRIMARY KEY (channel_id, permission)
);

-- The setup findings are now derived from the settings and the guild (SettingsHealth), no longer
-- stored: data directories of version 4 drop the demo rows that said so.
DELETE FROM bot_health_issue WHERE code IN ('NOTIFICATION_CHANNEL_MISSING', 'BOT_MISSING_PERMISSION');
