-- Embedded mode schema, version 8 (issue 12): each user's own preferences
-- (docs/decisions/0140-user-preferences.md). A user without a row has the defaults: theme
-- "system", the browser's time zone, the browser's language.
CREATE TABLE user_preferences (
    user_id     VARCHAR(20) PRIMARY KEY,
    theme       VARCHAR(8) NOT NULL,
    -- an IANA zone id; NULL: the browser's zone
    time_zone   VARCHAR(64),
    -- NULL: the browser's language
    language    VARCHAR(8),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT user_preferences_theme CHECK (theme IN ('light', 'dark', 'system')),
    CONSTRAINT user_preferences_language CHECK (language IS NULL OR language IN ('en', 'de'))
);
