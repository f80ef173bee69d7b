package dev.trackboard.sessions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Route;
import dev.trackboard.api.sessions.SessionAuditEntry;
import dev.trackboard.api.sessions.UserSession;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.LoadedSection;
import dev.trackboard.base.ui.PageSection;
import dev.trackboard.base.ui.UserAction;
import dev.trackboard.base.ui.UserTime;
import dev.trackboard.security.CurrentUser;
import dev.trackboard.sessions.Device;
import dev.trackboard.sessions.SessionsService;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.List;

/**
 * {@code /account/sessions}: every live sign-in of the user, as the API knows them — device, address,
 * started, last seen, the current one marked — with revoke one (asked first), sign out everywhere
 * else and sign out everywhere, the lifetimes that end a session, and the latest revocations (the
 * account audit). A revoked session ends on whichever node holds it within seconds (decision 0150).
 */
@Route("account/sessions")
@PermitAll
public class SessionsView extends Div implements PageSection {

    private final SessionsService sessions;
    private final Background background;
    private final CurrentUser currentUser;
    private final LoadedSection<List<SessionsService.Listed>> list;
    private final LoadedSection<List<SessionAuditEntry>> audit;
    private final Button signOutOthers = new Button();
    private final Button signOutEverywhere = new Button();

    public SessionsView(SessionsService sessions, Background background, CurrentUser currentUser) {
        this.sessions = sessions;
        this.background = background;
        this.currentUser = currentUser;
        addClassNames("tb-page", "tb-sessions");
        setId("sessions");
        H1 title = new H1(sectionTitle());
        Paragraph subtitle = new Paragraph(getTranslation("sessions.subtitle"));
        subtitle.addClassName("tb-page-subtitle");
        list = new LoadedSection<>(background, sessions::sessions, this::renderSessions);
        list.setId("session-list");
        audit = new LoadedSection<>(background, sessions::audit, this::renderAudit);
        audit.setId("session-audit");
        H2 auditTitle = new H2(getTranslation("sessions.audit.title"));
        auditTitle.addClassName("tb-sessions-audit-title");
        add(title, subtitle, lifetimes(), actions(), list, auditTitle, audit);
    }

    private Paragraph lifetimes() {
        SessionsService.Lifetimes lifetimes = sessions.lifetimes();
        Paragraph text = new Paragraph(getTranslation("sessions.lifetimes", lifetimes.idle().toMinutes(),
                lifetimes.absolute().toHours()));
        text.setId("session-lifetimes");
        text.addClassName("tb-sessions-lifetimes");
        return text;
    }

    private Div actions() {
        signOutOthers.setText(getTranslation("sessions.signOutOthers"));
        signOutOthers.setId("sign-out-others");
        signOutOthers.addClickListener(click -> confirm("sign-out-others-confirm",
                getTranslation("sessions.signOutOthers.title"), getTranslation("sessions.signOutOthers.text"),
                getTranslation("sessions.signOutOthers"), this::revokeOthers));
        signOutEverywhere.setText(getTranslation("sessions.signOutEverywhere"));
        signOutEverywhere.setId("sign-out-everywhere");
        signOutEverywhere.addThemeVariants(ButtonVariant.LUMO_ERROR);
        signOutEverywhere.addClickListener(click -> confirm("sign-out-everywhere-confirm",
                getTranslation("sessions.signOutEverywhere.title"), getTranslation("sessions.signOutEverywhere.text"),
                getTranslation("sessions.signOutEverywhere"), this::signOutEverywhere));
        Div actions = new Div(signOutOthers, signOutEverywhere);
        actions.addClassName("tb-toolbar");
        return actions;
    }

    private Component renderSessions(List<SessionsService.Listed> loaded) {
        Div cards = new Div();
        cards.addClassName("tb-session-list");
        signOutOthers.setEnabled(loaded.stream().anyMatch(listed -> !listed.session().current()));
        loaded.forEach(listed -> cards.add(card(listed)));
        return cards;
    }

    private Div card(SessionsService.Listed listed) {
        UserSession session = listed.session();
        UserTime time = UserTime.of(this);
        Div card = new Div();
        card.addClassNames("tb-card", "tb-session");
        card.setId("session-" + session.id());
        Span device = new Span(deviceName(listed.device()));
        device.addClassName("tb-session-device");
        Div heading = new Div(device);
        heading.addClassName("tb-session-heading");
        if (session.current()) {
            card.addClassName("tb-session-current");
            Span current = new Span(getTranslation("sessions.current"));
            current.addClassNames("tb-badge", "tb-session-current-badge");
            current.getElement().setAttribute("theme", "badge success");
            heading.add(current);
        }
        Div facts = new Div(
                fact("sessions.ip", address(session.ipAddress())),
                fact("sessions.started", time.dateTime(session.createdAt())),
                fact("sessions.lastSeen", time.dateTime(session.lastSeenAt())));
        facts.addClassName("tb-session-facts");
        Instant latest = session.createdAt().plus(sessions.lifetimes().absolute());
        Paragraph expiry = new Paragraph(getTranslation("sessions.expiry", sessions.lifetimes().idle().toMinutes(),
                time.day(latest).equals(time.day(Instant.now())) ? time.time(latest) : time.dateTime(latest)));
        expiry.addClassName("tb-session-expiry");
        card.add(heading, facts, expiry);
        if (!session.current()) {
            Button revoke = new Button(getTranslation("sessions.revoke"));
            revoke.setId("revoke-" + session.id());
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.addClickListener(click -> confirm("revoke-confirm", getTranslation("sessions.revoke.title"),
                    getTranslation("sessions.revoke.text", deviceName(listed.device())),
                    getTranslation("sessions.revoke"), () -> revoke(session, revoke)));
            card.add(revoke);
        }
        return card;
    }

    private Div fact(String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("tb-session-fact-label");
        Span text = new Span(value);
        Div fact = new Div(label, text);
        fact.addClassName("tb-session-fact");
        return fact;
    }

    private String deviceName(Device device) {
        if (device.browser() == null && device.os() == null) {
            return getTranslation("sessions.device.unknown");
        }
        if (device.os() == null) {
            return device.browser();
        }
        if (device.browser() == null) {
            return device.os();
        }
        return getTranslation("sessions.device", device.browser(), device.os());
    }

    private String address(String ipAddress) {
        return ipAddress == null ? getTranslation("sessions.ip.unknown") : IpAddressText.of(ipAddress);
    }

    private Component renderAudit(List<SessionAuditEntry> entries) {
        Div items = new Div();
        items.addClassName("tb-session-audit");
        if (entries.isEmpty()) {
            items.add(new Paragraph(getTranslation("sessions.audit.empty")));
            return items;
        }
        UserTime time = UserTime.of(this);
        for (SessionAuditEntry entry : entries) {
            String what = SessionAuditEntry.SESSION_REVOKED.equals(entry.action())
                    ? getTranslation("sessions.audit.revoked", deviceName(sessions.device(entry.userAgent())),
                    address(entry.ipAddress()))
                    : getTranslation("sessions.audit.revokedOthers", entry.sessionCount());
            Div item = new Div(new Span(time.dateTime(entry.createdAt())), new Span(what));
            item.addClassName("tb-session-audit-entry");
            items.add(item);
        }
        return items;
    }

    private void confirm(String id, String header, String text, String confirmText, Runnable confirmed) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId(id);
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("sessions.cancel"));
        dialog.setConfirmText(confirmText);
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> confirmed.run());
        dialog.open();
    }

    private void revoke(UserSession session, Button trigger) {
        UserAction.run(background, trigger, () -> {
            sessions.revoke(session.id());
            return session;
        }, revoked -> {
            Notification.show(getTranslation("sessions.revoked")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
        }, UserAction.goneOrTold(getTranslation("sessions.gone"), this::reload), this::reload);
    }

    private void revokeOthers() {
        UserAction.run(background, signOutOthers, sessions::revokeOthers, count -> {
            Notification.show(getTranslation("sessions.revokedOthers", count))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
        }, UserAction.goneOrTold(getTranslation("sessions.gone"), this::reload), this::reload);
    }

    /** Every session at the API (audited), then this browser as the user menu's sign-out does it. */
    private void signOutEverywhere() {
        UserAction.run(background, signOutEverywhere, sessions::revokeEverywhere, count -> currentUser.signOut(),
                UserAction.goneOrTold(getTranslation("sessions.gone"), this::reload), this::reload);
    }

    private void reload() {
        list.reload();
        audit.reload();
    }

    @Override
    public String sectionTitle() {
        return getTranslation("sessions.title");
    }
}
