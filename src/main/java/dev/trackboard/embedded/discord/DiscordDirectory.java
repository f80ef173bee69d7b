package dev.trackboard.embedded.discord;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.db.RecordRowMapper;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The emulator's users, guilds and memberships ("Discord's database"). */
@Component
@ConditionalOnEmbeddedMode
class DiscordDirectory {

    record User(String id, String username, String globalName) { }

    record MemberGuild(String id, String name, String icon, String ownerId, String permissions,
                       int memberCount, int presenceCount) { }

    private final JdbcClient jdbc;

    DiscordDirectory(JdbcClient embeddedJdbcClient) {
        this.jdbc = embeddedJdbcClient;
    }

    Optional<User> user(String id) {
        return jdbc.sql("SELECT id, username, global_name FROM discord_user WHERE id = ?")
                .param(id).query(RecordRowMapper.of(User.class)).optional();
    }

    Optional<User> userByName(String username) {
        return jdbc.sql("SELECT id, username, global_name FROM discord_user WHERE username = ?")
                .param(username).query(RecordRowMapper.of(User.class)).optional();
    }

    List<User> signInUsers(List<String> usernames) {
        return usernames.stream().map(this::userByName).flatMap(Optional::stream).toList();
    }

    List<MemberGuild> guildsOf(String userId) {
        return jdbc.sql("""
                SELECT g.id, g.name, g.icon, g.owner_id, m.permissions, g.member_count, g.presence_count
                FROM discord_member m JOIN discord_guild g ON g.id = m.guild_id
                WHERE m.user_id = ? ORDER BY g.name, g.id""")
                .param(userId).query(RecordRowMapper.of(MemberGuild.class)).list();
    }

    boolean guildExists(String guildId) {
        return jdbc.sql("SELECT COUNT(*) FROM discord_guild WHERE id = ?").param(guildId)
                .query(Integer.class).single() > 0;
    }

    void putMember(String guildId, String userId, String permissions) {
        int updated = jdbc.sql("UPDATE discord_member SET permissions = ? WHERE guild_id = ? AND user_id = ?")
                .params(permissions, guildId, userId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO discord_member (guild_id, user_id, permissions) VALUES (?, ?, ?)")
                    .params(guildId, userId, permissions).update();
        }
    }

    boolean removeMember(String guildId, String userId) {
        return jdbc.sql("DELETE FROM discord_member WHERE guild_id = ? AND user_id = ?")
                .params(guildId, userId).update() > 0;
    }
}
