package dev.trackboard.embedded.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.embedded.db.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoFixtureSeederTest {

    @TempDir
    Path dataDir;

    @Test
    void seedsOnceAndARestartKeepsWhatExistsIncludingLaterChanges() {
        try (TestDatabase db = TestDatabase.open(dataDir)) {
            seed(db);
            seed(db);
            assertThat(db.count("SELECT COUNT(*) FROM discord_guild")).isEqualTo(5);
            assertThat(db.count("SELECT COUNT(*) FROM bot_guild")).isEqualTo(4);
            assertThat(db.count("SELECT COUNT(*) FROM bot_guild WHERE guild_id = '200000000000000005'")).isZero();
            assertThat(db.count("SELECT COUNT(*) FROM discord_member WHERE user_id = '100000000000000001'")).isEqualTo(5);
            db.jdbc().sql("DELETE FROM discord_member WHERE guild_id = '200000000000000004' AND user_id = '100000000000000003'")
                    .update();
        }
        try (TestDatabase restarted = TestDatabase.open(dataDir)) {
            seed(restarted);
            assertThat(restarted.count("SELECT COUNT(*) FROM discord_user")).isEqualTo(DemoFixtures.USERS.size());
            assertThat(restarted.count("SELECT COUNT(*) FROM discord_member")).isEqualTo(DemoFixtures.MEMBERS.size() - 1);
            assertThat(restarted.count("SELECT COUNT(*) FROM bot_channel WHERE guild_id = '200000000000000001'"))
                    .isGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void everyInstalledGuildHasItsBotRoleAndEveryoneWithTheGuildsId() {
        try (TestDatabase db = TestDatabase.open(dataDir)) {
            seed(db);
            assertThat(db.count("SELECT COUNT(*) FROM bot_role WHERE name = 'Trackboard' AND managed")).isEqualTo(4);
            assertThat(db.count("SELECT COUNT(*) FROM bot_role WHERE name = '@everyone' AND id = guild_id AND position = 0"))
                    .isEqualTo(4);
        }
    }

    private static void seed(TestDatabase db) {
        new DemoFixtureSeeder(db.jdbc(), db.transactions()).afterPropertiesSet();
    }
}
