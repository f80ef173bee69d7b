package dev.trackboard.embedded.demo;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the demo world once per database: a marker row in {@code embedded_fixture} makes it
 * idempotent, and changes made afterwards (a removed membership, say) survive a restart.
 */
@Component
@ConditionalOnEmbeddedMode
class DemoFixtureSeeder implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DemoFixtureSeeder.class);
    static final String FIXTURE = "demo-world-v1";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    DemoFixtureSeeder(JdbcClient embeddedJdbcClient, TransactionTemplate embeddedTransactions) {
        this.jdbc = embeddedJdbcClient;
        this.transactions = embeddedTransactions;
    }

    @Override
    public void afterPropertiesSet() {
        transactions.executeWithoutResult(status -> {
            boolean applied = jdbc.sql("SELECT COUNT(*) FROM embedded_fixture WHERE name = ?")
                    .param(FIXTURE).query(Integer.class).single() > 0;
            if (!applied) {
                seed();
                jdbc.sql("INSERT INTO embedded_fixture (name, applied_at) VALUES (?, ?)")
                        .params(FIXTURE, Timestamp.from(Instant.now())).update();
                log.info("Embedded demo data written ({} users, {} guilds)",
                        DemoFixtures.USERS.size(), DemoFixtures.GUILDS.size());
            }
        });
    }

    private void seed() {
        for (DemoFixtures.User user : DemoFixtures.USERS) {
            jdbc.sql("INSERT INTO discord_user (id, username, global_name) VALUES (?, ?, ?)")
                    .params(user.id(), user.username(), user.globalName()).update();
        }
        for (DemoFixtures.Guild guild : DemoFixtures.GUILDS) {
            jdbc.sql("""
                    INSERT INTO discord_guild (id, name, icon, owner_id, member_count, presence_count)
                    VALUES (?, ?, NULL, ?, ?, ?)""")
                    .params(guild.id(), guild.name(), guild.ownerId(), guild.memberCount(), guild.presenceCount())
                    .update();
            if (guild.botJoinedAt() != null) {
                seedBot(guild);
            }
        }
        for (DemoFixtures.Member member : DemoFixtures.MEMBERS) {
            jdbc.sql("INSERT INTO discord_member (guild_id, user_id, permissions) VALUES (?, ?, ?)")
                    .params(member.guildId(), member.userId(), member.permissions()).update();
        }
    }

    private void seedBot(DemoFixtures.Guild guild) {
        jdbc.sql("INSERT INTO bot_guild (guild_id, joined_at) VALUES (?, ?)")
                .params(guild.id(), Timestamp.from(guild.botJoinedAt())).update();
        long channelBase = 400_000_000_000_000_000L + guild.number() * 100L;
        List<DemoChannelsAndRoles.ChannelSpec> channels = DemoChannelsAndRoles.channels(guild.extraChannel());
        for (int i = 0; i < channels.size(); i++) {
            DemoChannelsAndRoles.ChannelSpec channel = channels.get(i);
            String parentId = channel.parentIndex() < 0 ? null : String.valueOf(channelBase + channel.parentIndex());
            jdbc.sql("INSERT INTO bot_channel (id, guild_id, name, type, parent_id, position) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(String.valueOf(channelBase + i), guild.id(), channel.name(), channel.type(), parentId, i)
                    .update();
        }
        long roleBase = 500_000_000_000_000_000L + guild.number() * 100L;
        List<DemoChannelsAndRoles.RoleSpec> roles = DemoChannelsAndRoles.roles(guild.extraRole());
        for (int i = 0; i < roles.size(); i++) {
            DemoChannelsAndRoles.RoleSpec role = roles.get(i);
            // as on Discord, the @everyone role has the guild's id
            String id = i == 0 ? guild.id() : String.valueOf(roleBase + i);
            jdbc.sql("INSERT INTO bot_role (id, guild_id, name, color, position, managed) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(id, guild.id(), role.name(), role.color(), i, role.managed()).update();
        }
    }
}
