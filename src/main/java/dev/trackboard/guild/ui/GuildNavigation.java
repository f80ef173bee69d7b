package dev.trackboard.guild.ui;

import com.vaadin.flow.router.RouteParameters;
import dev.trackboard.api.GuildId;

/** Typed links into a guild's screens; the one place that knows their paths. */
public final class GuildNavigation {

    public static final String GUILD_ID = "guildId";

    private GuildNavigation() {
    }

    public static RouteParameters parameters(GuildId guildId) {
        return new RouteParameters(GUILD_ID, guildId.value());
    }

    public static String overviewPath(GuildId guildId) {
        return "guilds/" + guildId.value();
    }

    public static String accountsPath(GuildId guildId) {
        return overviewPath(guildId) + "/tracking/accounts";
    }

    public static String postsPath(GuildId guildId) {
        return overviewPath(guildId) + "/tracking/posts";
    }

    public static String brandsPath(GuildId guildId) {
        return overviewPath(guildId) + "/tracking/brands";
    }
}
