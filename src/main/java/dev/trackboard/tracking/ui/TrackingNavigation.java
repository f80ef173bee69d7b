package dev.trackboard.tracking.ui;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import dev.trackboard.api.GuildId;
import dev.trackboard.base.ui.AppIcon;
import dev.trackboard.guild.ui.GuildNavigation;
import dev.trackboard.guild.ui.GuildSection;

/**
 * Typed navigation into the tracking screens: their places in a guild's side navigation, and links
 * built from route classes and parameters, never from paths.
 */
public final class TrackingNavigation {

    /** The query parameter of the posts screen's account filter. */
    static final String ACCOUNT = "account";
    /** The query parameter of the brand filter (accounts and posts). */
    static final String BRAND = "brand";

    public static final GuildSection ACCOUNTS = GuildSection.of(TrackedAccountsView.class, "nav.tracking.accounts",
            AppIcon.USERS, BRAND);
    public static final GuildSection POSTS = GuildSection.of(TrackedPostsView.class, "nav.tracking.posts",
            AppIcon.NEWSPAPER, ACCOUNT, BRAND);
    public static final GuildSection BRANDS = GuildSection.of(BrandsView.class, "nav.tracking.brands",
            AppIcon.TAGS);

    private TrackingNavigation() {
    }

    /** A link to the posts screen filtered by one account. */
    static RouterLink postsOf(GuildId guildId, long accountId, String text) {
        RouterLink link = new RouterLink(text, TrackedPostsView.class, GuildNavigation.parameters(guildId));
        link.setQueryParameters(QueryParameters.of(ACCOUNT, Long.toString(accountId)));
        return link;
    }
}
