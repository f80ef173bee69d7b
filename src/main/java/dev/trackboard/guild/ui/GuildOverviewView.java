package dev.trackboard.guild.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.guild.Channel;
import dev.trackboard.api.guild.GuildDetail;
import dev.trackboard.api.guild.Role;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.FactTile;
import dev.trackboard.base.ui.LoadedSection;
import dev.trackboard.base.ui.PageSection;
import dev.trackboard.base.ui.UserTime;
import dev.trackboard.guild.GuildService;
import dev.trackboard.status.BotStatusService;
import dev.trackboard.status.ui.GuildStatusOverview;
import dev.trackboard.status.ui.SettingsEntry;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.util.List;

/**
 * A guild at a glance: identity, the bot's live status with the last 24 h, health warnings (each with
 * an action) and the settings summary, usage and quota, then the facts the API knows and the guild's
 * channels and roles.
 */
@Route(value = "", layout = GuildLayout.class)
@PermitAll
public class GuildOverviewView extends Div implements BeforeEnterObserver, HasDynamicTitle, PageSection {

    private final GuildService guilds;
    private final BotStatusService botStatus;
    private final SettingsEntry settings;
    private final Background background;
    private GuildDetail guild;

    public GuildOverviewView(GuildService guilds, BotStatusService botStatus, SettingsEntry settings,
                             Background background) {
        this.guilds = guilds;
        this.botStatus = botStatus;
        this.settings = settings;
        this.background = background;
        addClassName("tb-page");
        setId("guild-overview");
    }

    /**
     * Builds the page from the guild the layout has just confirmed; every other part loads itself
     * in the background once shown, all at the same time.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        guild = CurrentGuild.of(event).orElse(null);
        if (guild == null) {
            return; // the layout is still asking the API; this view is not shown
        }
        GuildId guildId = guild.id();
        add(header(), new GuildStatusOverview(guildId, botStatus, background, settings), facts(),
                new LoadedSection<>(background, () -> new ChannelsAndRoles(guilds.channels(guildId), guilds.roles(guildId)),
                        loaded -> new GuildChannelsAndRoles(loaded.channels(), loaded.roles())));
    }

    private record ChannelsAndRoles(List<Channel> channels, List<Role> roles) {
    }

    private Component header() {
        H1 name = new H1(guild.name());
        name.setId("guild-name");
        Span members = new Span(getTranslation("overview.members", guild.memberCount()));
        members.addClassName("tb-page-subtitle");
        Div texts = new Div(name, members);
        Div header = new Div(GuildIcon.of(guild.id().value(), guild.name(), guild.iconUrl()), texts);
        header.addClassName("tb-guild-header");
        return header;
    }

    private Component facts() {
        Div facts = new Div(
                fact("overview.facts.members", number(guild.memberCount())),
                fact("overview.facts.access", getTranslation("picker.access." + guild.access())),
                botJoined(),
                fact("overview.facts.channels", number(guild.channelCount())),
                fact("overview.facts.roles", number(guild.roleCount())));
        facts.addClassName("tb-facts");
        return facts;
    }

    private FactTile botJoined() {
        Span joined = new Span();
        joined.setId("overview-bot-joined");
        UserTime.whenKnown(this, () -> joined.setText(guild.botJoinedAt() == null ? getTranslation("value.none")
                : UserTime.of(this).date(guild.botJoinedAt())));
        return new FactTile(getTranslation("overview.facts.botJoined"), joined);
    }

    private FactTile fact(String labelKey, String value) {
        return new FactTile(getTranslation(labelKey), value);
    }

    private String number(int value) {
        return NumberFormat.getIntegerInstance(getLocale()).format(value);
    }

    @Override
    public String sectionTitle() {
        return getTranslation("overview.title");
    }

    @Override
    public String getPageTitle() {
        return guild == null ? getTranslation("app.pageTitle", sectionTitle())
                : getTranslation("app.guildPageTitle", guild.name(), sectionTitle());
    }
}
