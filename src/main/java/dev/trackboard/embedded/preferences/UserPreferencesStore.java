package dev.trackboard.embedded.preferences;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.db.RecordRowMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One row per user who ever saved preferences; a PUT replaces the whole row (last write wins). */
@Component
@ConditionalOnEmbeddedMode
class UserPreferencesStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    UserPreferencesStore(JdbcClient embeddedJdbcClient, Clock clock) {
        this.jdbc = embeddedJdbcClient;
        this.clock = clock;
    }

    UserPreferences current(String userId) {
        return jdbc.sql("SELECT theme, time_zone, language, updated_at FROM user_preferences WHERE user_id = ?")
                .param(userId).query(RecordRowMapper.of(UserPreferences.class)).optional()
                .orElseGet(UserPreferences::defaults);
    }

    UserPreferences replace(String userId, UserPreferences valid) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                MERGE INTO user_preferences (user_id, theme, time_zone, language, updated_at)
                KEY (user_id) VALUES (?, ?, ?, ?, ?)""")
                .params(userId, valid.theme(), valid.timeZone(), valid.language(), Timestamp.from(at)).update();
        return new UserPreferences(valid.theme(), valid.timeZone(), valid.language(), at);
    }
}
