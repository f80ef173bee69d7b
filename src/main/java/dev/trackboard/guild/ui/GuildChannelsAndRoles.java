package dev.trackboard.guild.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.SvgIcon;
import dev.trackboard.api.guild.Channel;
import dev.trackboard.api.guild.Role;
import dev.trackboard.base.ui.AppIcon;
import dev.trackboard.status.ui.OverviewSections;
import java.util.Comparator;
import java.util.List;

/** The guild's channels (grouped under their categories) and roles, side by side. */
class GuildChannelsAndRoles extends Div {

    GuildChannelsAndRoles(List<Channel> channels, List<Role> roles) {
        addClassName("tb-two-columns");
        add(channelPanel(channels), rolePanel(roles));
    }

    private Div channelPanel(List<Channel> channels) {
        UnorderedList list = new UnorderedList();
        list.addClassName("tb-channel-list");
        channels.stream().filter(c -> c.type() == Channel.Type.CATEGORY || c.parentId() == null)
                .sorted(Comparator.comparingInt(Channel::position))
                .forEach(top -> {
                    list.add(channelItem(top));
                    if (top.type() == Channel.Type.CATEGORY) {
                        channels.stream().filter(c -> top.id().equals(c.parentId()))
                                .sorted(Comparator.comparingInt(Channel::position))
                                .forEach(child -> list.add(channelItem(child)));
                    }
                });
        Div panel = panel("overview.channels.title", list);
        panel.setId(OverviewSections.CHANNELS); // a health warning about a channel leads here
        return panel;
    }

    private ListItem channelItem(Channel channel) {
        if (channel.type() == Channel.Type.CATEGORY) {
            ListItem category = new ListItem(new Span(channel.name()));
            category.addClassName("tb-channel-category");
            return category;
        }
        SvgIcon icon = switch (channel.type()) {
            case VOICE -> AppIcon.VOLUME_UP.create();
            case ANNOUNCEMENT -> AppIcon.MEGAPHONE.create();
            default -> AppIcon.HASH.create();
        };
        icon.addClassName("tb-channel-icon");
        icon.setTooltipText(getTranslation("overview.channel." + channel.type()));
        Span name = new Span(icon, new Span(channel.name()));
        ListItem item = new ListItem(name);
        item.setId(OverviewSections.channel(channel.id()));
        item.addClassName("tb-channel");
        return item;
    }

    private Div rolePanel(List<Role> roles) {
        Div chips = new Div();
        chips.addClassName("tb-role-chips");
        roles.stream().sorted(Comparator.comparingInt(Role::position).reversed()).forEach(role -> {
            Span dot = new Span();
            dot.addClassName("tb-role-dot");
            dot.getStyle().set("background-color", role.color() == 0 ? "var(--lumo-contrast-40pct)"
                    : String.format("#%06x", role.color() & 0xFFFFFF));
            Span chip = new Span(dot, new Span(role.name()));
            chip.addClassName("tb-role-chip");
            if (role.managed()) {
                chip.setTitle(getTranslation("overview.roles.managed"));
            }
            chips.add(chip);
        });
        return panel("overview.roles.title", chips);
    }

    private Div panel(String titleKey, com.vaadin.flow.component.Component content) {
        Div panel = new Div(new H2(getTranslation(titleKey)), content);
        panel.addClassName("tb-panel");
        return panel;
    }
}
