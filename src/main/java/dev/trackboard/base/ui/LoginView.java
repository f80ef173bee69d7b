package dev.trackboard.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.trackboard.config.TrackboardProperties;
import dev.trackboard.security.CurrentUser;
import dev.trackboard.security.LastAccount;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sign-in: one way in, through Discord; says which account was used last and offers another. */
@Route(value = "login", layout = PublicLayout.class)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String DISCORD_SIGN_IN = "/oauth2/authorization/discord";
    /** Asks Discord to show its account chooser and consent screen again. */
    static final String DISCORD_OTHER_ACCOUNT = DISCORD_SIGN_IN + "?prompt=consent";

    private final CurrentUser currentUser;
    private final ShellLinks links;
    private final boolean embedded;
    private final Div notice = new Div();

    public LoginView(CurrentUser currentUser, TrackboardProperties properties, ShellLinks links) {
        this.currentUser = currentUser;
        this.links = links;
        this.embedded = properties.embedded();
        addClassName("tb-login-card");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.find().isPresent()) {
            event.forwardTo(links.home());
            return;
        }
        // the flags set by the security chain (failure, sign-out, expiry); only their presence counts,
        // their values are never shown
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        removeAll();
        notice.removeAll();
        notice.setClassName("tb-login-notice");
        if (query.containsKey("error")) {
            showNotice("login.error", "error");
        } else if (query.containsKey("signedOut")) {
            showNotice("login.signedOut", "success");
        } else if (query.containsKey("revoked")) {
            showNotice("login.revoked", "warning");
        } else if (query.containsKey("expired")) {
            showNotice("login.expired", "warning");
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        build(LastAccount.read(request == null ? null : request.getCookies()));
    }

    private void showNotice(String key, String tone) {
        notice.setText(getTranslation(key));
        notice.addClassName("tb-notice-" + tone);
        notice.getElement().setAttribute("role", "status");
    }

    private void build(Optional<String> lastAccount) {
        H1 title = new H1(getTranslation("login.title"));
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("tb-login-tagline");
        add(title, tagline);
        if (!notice.getText().isEmpty()) {
            add(notice);
        }
        Anchor signIn = discordButton(lastAccount
                .map(name -> getTranslation("login.continueAs", name))
                .orElse(getTranslation("login.button")), DISCORD_SIGN_IN);
        signIn.setId("sign-in-with-discord");
        add(signIn);
        lastAccount.ifPresentOrElse(name -> {
            add(new Paragraph(getTranslation("login.lastAccount", name)));
            Anchor other = new Anchor(DISCORD_OTHER_ACCOUNT, getTranslation("login.otherAccount"));
            other.setRouterIgnore(true);
            other.setId("use-another-account");
            other.addClassName("tb-login-other");
            add(other);
        }, () -> add(new Paragraph(getTranslation("login.firstTime"))));
        if (embedded) {
            Paragraph demo = new Paragraph(getTranslation("login.embedded"));
            demo.addClassName("tb-login-embedded");
            add(demo);
        }
    }

    private Anchor discordButton(String label, String href) {
        Span icon = new Span(AppIcon.SIGN_IN.create());
        Anchor button = new Anchor(href, icon, new Span(label));
        // a full page load: the browser must leave for Discord, not Vaadin's client-side router
        button.setRouterIgnore(true);
        button.addClassName("tb-discord-button");
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("login.title"));
    }
}
