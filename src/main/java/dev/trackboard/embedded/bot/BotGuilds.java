package dev.trackboard.embedded.bot;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.db.RecordRowMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the bot knows from its gateway connection: the guilds it is in, and their channels and
 * roles. In embedded mode this is demo data; the real backend keeps it from gateway events.
 */
@Component
@ConditionalOnEmbeddedMode
public class BotGuilds {

    public record Channel(String id, String name, String type, String parentId, int position) { }

    public record Role(String id, String name, int color, int position, boolean managed) { }

    private final JdbcClient jdbc;

    BotGuilds(JdbcClient embeddedJdbcClient) {
        this.jdbc = embeddedJdbcClient;
    }

    /** When the bot joined the guild; empty when it is not installed there. */
    public Optional<Instant> joinedAt(String guildId) {
        return jdbc.sql("SELECT joined_at FROM bot_guild WHERE guild_id = ?").param(guildId)
                .query(Instant.class).optional();
    }

    public List<Channel> channels(String guildId) {
        return jdbc.sql("SELECT id, name, type, parent_id, position FROM bot_channel WHERE guild_id = ? ORDER BY position, id")
                .param(guildId).query(RecordRowMapper.of(Channel.class)).list();
    }

    public List<Role> roles(String guildId) {
        return jdbc.sql("SELECT id, name, color, position, managed FROM bot_role WHERE guild_id = ? ORDER BY position DESC, id")
                .param(guildId).query(RecordRowMapper.of(Role.class)).list();
    }

    public int channelCount(String guildId) {
        return jdbc.sql("SELECT COUNT(*) FROM bot_channel WHERE guild_id = ?").param(guildId).query(Integer.class).single();
    }

    public int roleCount(String guildId) {
        return jdbc.sql("SELECT COUNT(*) FROM bot_role WHERE guild_id = ?").param(guildId).query(Integer.class).single();
    }
}
