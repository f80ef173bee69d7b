package dev.trackboard.embedded.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.InvalidDataAccessApiUsageException;

class RecordRowMapperTest {

    record Member(String guildId, String userId, String permissions) { }

    record Row(String globalName, int memberCount, boolean managed, Instant expiresAt, Long missingValue) { }

    @TempDir
    Path dataDir;

    @Test
    void mapsUnderscoreColumnsToCamelCaseComponentsWithConversions() {
        try (TestDatabase db = TestDatabase.open(dataDir)) {
            List<Row> rows = db.jdbc().sql("""
                    SELECT 'Alice' AS global_name, 845 AS member_count, TRUE AS MANAGED,
                           TIMESTAMP WITH TIME ZONE '2026-12-01 10:00:00Z' AS expires_at, CAST(NULL AS BIGINT) AS missing_value
                    UNION ALL
                    SELECT NULL, 0, FALSE, NULL, 7""")
                    .query(RecordRowMapper.of(Row.class)).list();

            assertThat(rows).containsExactly(
                    new Row("Alice", 845, true, Instant.parse("2026-12-01T10:00:00Z"), null),
                    new Row(null, 0, false, null, 7L));
        }
    }

    @Test
    void aComponentWithoutAColumnIsAClearProgrammingError() {
        try (TestDatabase db = TestDatabase.open(dataDir)) {
            assertThatThrownBy(() -> db.jdbc().sql("SELECT '1' AS guild_id, '2' AS user_id")
                    .query(RecordRowMapper.of(Member.class)).list())
                    .isInstanceOf(InvalidDataAccessApiUsageException.class)
                    .hasMessageContaining("Member.permissions");
        }
    }
}
