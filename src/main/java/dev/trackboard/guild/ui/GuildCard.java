package dev.trackboard.guild.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import dev.trackboard.api.guild.GuildSummary;
import dev.trackboard.status.BotStatusService;
import dev.trackboard.status.ui.BotStatusBadge;

/** One guild in the picker: a link when it can be opened, otherwise greyed out with the reason. */
final class GuildCard {

    private GuildCard() {
    }

    static Component of(GuildSummary guild, Component host, BotStatusService botStatus) {
        Div texts = texts(guild, host, botStatus);
        Div body = new Div(GuildIcon.of(guild.id().value(), guild.name(), guild.iconUrl()), texts);
        body.addClassName("tb-guild-card-body");
        if (guild.openable()) {
            RouterLink link = new RouterLink(GuildOverviewView.class, GuildNavigation.parameters(guild.id()));
            link.add(body);
            return decorate(link, guild, "openable");
        }
        Div card = new Div(body, reason(guild, host));
        card.getElement().setAttribute("aria-disabled", "true");
        return decorate(card, guild, "disabled");
    }

    private static Component decorate(Component card, GuildSummary guild, String state) {
        card.setId("guild-card-" + guild.id().value());
        card.getElement().getClassList().add("guild-card");
        card.getElement().getClassList().add(state);
        return card;
    }

    private static Div texts(GuildSummary guild, Component host, BotStatusService botStatus) {
        Span name = new Span(guild.name());
        name.addClassName("tb-guild-card-name");
        String members = host.getTranslation("picker.members", guild.memberCount());
        Span meta = new Span(members);
        meta.addClassName("tb-guild-card-meta");
        Div texts = new Div(name, meta);
        if (guild.openable()) {
            Span access = new Span(host.getTranslation("picker.access." + guild.access()));
            access.addClassName("tb-pill");
            Div badges = new Div(access, new BotStatusBadge(guild.id(), botStatus));
            badges.addClassName("tb-guild-card-badges");
            texts.add(badges);
        }
        texts.addClassName("tb-guild-card-texts");
        return texts;
    }

    private static Div reason(GuildSummary guild, Component host) {
        String key = guild.denial() == null ? "MISSING_PERMISSION" : guild.denial().name();
        Span text = new Span(host.getTranslation("picker.denial." + key));
        text.addClassName("guild-card-reason");
        Div reason = new Div(text);
        reason.addClassName("tb-guild-card-reason");
        if (guild.inviteUrl() != null && !guild.inviteUrl().isBlank()) {
            Anchor invite = new Anchor(guild.inviteUrl(), host.getTranslation("picker.invite"));
            invite.setTarget(AnchorTarget.BLANK);
            invite.getElement().setAttribute("rel", "noopener noreferrer");
            invite.setRouterIgnore(true);
            invite.addClassName("guild-card-invite");
            reason.add(invite);
        }
        return reason;
    }
}
