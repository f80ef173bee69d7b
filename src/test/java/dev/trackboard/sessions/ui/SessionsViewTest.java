package dev.trackboard.sessions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.trackboard.api.ApiSession;
import dev.trackboard.api.SessionClient;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.api.guild.GuildClient;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.TestHttp;
import dev.trackboard.security.DiscordUser;
import dev.trackboard.testing.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sessions screen on the embedded app: alice's sessions from the API with this one marked and
 * the others' devices named, revoke one (asked first), sign out everywhere else, sign out
 * everywhere, and the audit of what she ended. Revoked sessions are refused by the API afterwards.
 */
class SessionsViewTest extends KaribuTest {

    private static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1";
    private static final String FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

    @Autowired
    private SessionClient sessions;
    @Autowired
    private GuildClient guilds;

    private DiscordUser alice;

    @BeforeEach
    void signInAsAlice() {
        alice = signIn("alice");
        browserTimeZone("Europe/Berlin");
    }

    @Test
    void listsTheSessionsWithThisOneMarkedFirstAndTheOthersDevicesNamed() {
        ApiSession phone = otherSession(IPHONE);

        navigate("account/sessions");

        List<Div> cards = _find(Div.class, spec -> spec.withClasses("tb-session"));
        assertThat(cards.getFirst().getId()).contains("session-" + alice.apiSession().sessionId());
        assertThat(cards.getFirst().getClassNames()).contains("tb-session-current");
        assertThat(_get(cards.getFirst(), Span.class, spec -> spec.withClasses("tb-session-current-badge")).getText())
                .isEqualTo("This device");
        assertThat(cards.stream().filter(card -> card.getClassNames().contains("tb-session-current"))).hasSize(1);
        Div phoneCard = _get(Div.class, spec -> spec.withId("session-" + phone.sessionId()));
        assertThat(_get(phoneCard, Span.class, spec -> spec.withClasses("tb-session-device")).getText())
                .isEqualTo("Mobile Safari 17 on iOS 17.1");
        assertThat(_get(phoneCard, Paragraph.class, spec -> spec.withClasses("tb-session-expiry")).getText())
                .startsWith("Expires after 30 minutes without activity; at the latest at ");
        assertThat(_get(Paragraph.class, spec -> spec.withId("session-lifetimes")).getText())
                .isEqualTo("A session ends after 30 minutes without activity, and at the latest 12 hours after signing in.");
        // the current session cannot be revoked from its own card (sign out everywhere does that)
        assertThat(_find(Button.class, spec -> spec.withId("revoke-" + alice.apiSession().sessionId()))).isEmpty();
    }

    @Test
    void revokingOneAsksFirstThenEndsItAndShowsItInTheAudit() {
        ApiSession firefox = otherSession(FIREFOX);
        navigate("account/sessions");

        _click(_get(Button.class, spec -> spec.withId("revoke-" + firefox.sessionId())));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("revoke-confirm"));
        assertStillLive(firefox); // nothing happens before the confirmation
        ConfirmDialogKt._fireConfirm(confirm);
        settle();

        assertEnded(firefox);
        assertStillLive(alice.apiSession());
        assertThat(_find(Div.class, spec -> spec.withId("session-" + firefox.sessionId()))).isEmpty();
        Div latest = _find(Div.class, spec -> spec.withClasses("tb-session-audit-entry")).getFirst();
        assertThat(latest.getChildren().map(child -> ((Span) child).getText()).toList().get(1))
                .isEqualTo("Signed out Firefox 133 on Windows 10 (127.0.0.1)");
    }

    @Test
    void signOutEverywhereElseEndsAllOthersAndKeepsThisOne() {
        ApiSession phone = otherSession(IPHONE);
        ApiSession firefox = otherSession(FIREFOX);
        navigate("account/sessions");

        _click(_get(Button.class, spec -> spec.withId("sign-out-others")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("sign-out-others-confirm")));
        settle();

        assertEnded(phone);
        assertEnded(firefox);
        assertStillLive(alice.apiSession());
        assertThat(_find(Div.class, spec -> spec.withClasses("tb-session"))).hasSize(1);
        assertThat(_get(Button.class, spec -> spec.withId("sign-out-others")).isEnabled()).isFalse();
        Div latest = _find(Div.class, spec -> spec.withClasses("tb-session-audit-entry")).getFirst();
        assertThat(latest.getChildren().map(child -> ((Span) child).getText()).toList().get(1))
                .startsWith("Signed out").endsWith("other sessions");
    }

    @Test
    void signOutEverywhereEndsTheOthersAndThisOne() {
        ApiSession phone = otherSession(IPHONE);
        navigate("account/sessions");

        _click(_get(Button.class, spec -> spec.withId("sign-out-everywhere")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("sign-out-everywhere-confirm")));
        settle();

        assertEnded(phone);
        assertEnded(alice.apiSession());
    }

    private ApiSession otherSession(String userAgent) {
        String discordToken = new DemoSignIn(new TestHttp(port()), port()).discordAccessToken("alice");
        return sessions.startSession(discordToken, userAgent, "127.0.0.1");
    }

    private void assertEnded(ApiSession session) {
        assertThatThrownBy(() -> guilds.guilds(session)).isInstanceOf(TrackingApiException.SessionEnded.class);
    }

    private void assertStillLive(ApiSession session) {
        assertThat(guilds.guilds(session)).isNotEmpty();
    }
}
