package dev.trackboard.audit.ui;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import dev.trackboard.api.GuildId;
import dev.trackboard.base.ui.AppIcon;
import dev.trackboard.guild.ui.GuildNavigation;
import dev.trackboard.guild.ui.GuildSection;

/**
 * Typed navigation into the audit screen: its place in a guild's side navigation, and links to one
 * entry ({@code ?entry=}) or one bulk action's entries ({@code ?group=}), built from the route class.
 */
public final class AuditNavigation {

    /** The query parameter of the entry whose detail is open. */
    static final String ENTRY = "entry";

    /** The entry and the actor are this guild's; the group too (a bulk action of this guild). */
    public static final GuildSection AUDIT = GuildSection.of(AuditLogView.class, "nav.audit", AppIcon.HISTORY,
            ENTRY, AuditFilter.ACTOR, AuditFilter.GROUP);

    private AuditNavigation() {
    }

    static RouterLink entry(GuildId guildId, long entryId, String text) {
        return link(guildId, QueryParameters.of(ENTRY, Long.toString(entryId)), text);
    }

    static RouterLink group(GuildId guildId, String groupId, String text) {
        return link(guildId, QueryParameters.of(AuditFilter.GROUP, groupId), text);
    }

    private static RouterLink link(GuildId guildId, QueryParameters query, String text) {
        RouterLink link = new RouterLink(text, AuditLogView.class, GuildNavigation.parameters(guildId));
        link.setQueryParameters(query);
        return link;
    }
}
