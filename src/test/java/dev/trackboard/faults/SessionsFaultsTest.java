package dev.trackboard.faults;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.trackboard.faults.FaultyApiProxy.Fault.DOWN;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.trackboard.api.ApiSession;
import dev.trackboard.api.SessionClient;
import dev.trackboard.api.guild.GuildClient;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.TestHttp;
import dev.trackboard.sessions.ui.SessionsView;
import dev.trackboard.testing.BrowserVisible;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sessions screen when the Tracking API is down: the list and the audit each say the service is
 * not answering (no trace, no address, never an empty list) and fill in by themselves once it answers;
 * a sign-out asked for meanwhile is told as unconfirmed (never "try again"), and the screen reads the
 * sessions again by itself, so it shows what the service has once it answers.
 */
class SessionsFaultsTest extends ProductionDashboardTest {

    private static final String SESSIONS = "account/sessions";

    @Autowired
    private SessionClient sessions;
    @Autowired
    private GuildClient guilds;

    @Test
    void theListAndTheAuditSayTheServiceIsNotAnsweringAndFillInByThemselves() {
        proxy().fail(DOWN, path -> true);

        navigate(SESSIONS);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SessionsView.class);
        awaitUi("both parts say so", () -> text("session-list").contains("not answering")
                && text("session-audit").contains("not answering"));
        assertThat(text("session-list")).contains("tries again by itself");
        assertThat(_find(Div.class, spec -> spec.withClasses("tb-session"))).as("no cards, and no claim of none").isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("session-lifetimes")).getText()).contains("30 minutes");
        assertNothingLeaked();

        proxy().heal();
        awaitUi("the sessions show, this one marked", () -> !_find(Div.class,
                spec -> spec.withClasses("tb-session-current")).isEmpty());
        awaitUi("the audit shows", () -> !text("session-audit").contains("not answering"));
        assertThat(text("session-list")).doesNotContain("not answering");
    }

    /**
     * The proxy's DOWN closes the connection once the request is read: the client cannot know, and
     * says so; the screen keeps what it shows and reads its sessions again by itself, so what it shows
     * once the service answers is the truth (here: nothing ended, the proxy never forwarded the request).
     */
    @Test
    void aSignOutWhileTheApiIsDownIsToldAsUnconfirmedAndTheScreenChecksByItself() {
        ApiSession other = otherSession();
        navigate(SESSIONS);
        Div otherCard = _get(Div.class, spec -> spec.withId("session-" + other.sessionId()));
        Button signOutOthers = _get(Button.class, spec -> spec.withId("sign-out-others"));
        NotificationsKt.clearNotifications();

        proxy().fail(DOWN, path -> true);
        _click(signOutOthers);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("sign-out-others-confirm")));
        settle();

        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(note -> assertThat(note.getElement().getProperty("text", "")
                        + note.getElement().getTextRecursively()).contains("may or may not have been saved",
                                "checks by itself").doesNotContain("try again", "reload"));
        assertThat(_get(Div.class, spec -> spec.withId("session-" + other.sessionId())))
                .as("kept while the service does not answer").isSameAs(otherCard);
        assertThat(signOutOthers.isEnabled()).as("can be asked again").isTrue();
        // the cards show the sessions' addresses (127.0.0.1 here), so only traces and API paths count
        assertThat(BrowserVisible.now()).doesNotContain("Exception", "/api/v1", "Something went wrong");

        proxy().heal();
        awaitUi("the list is read again by itself, the other session still in it", () -> _find(Div.class,
                spec -> spec.withId("session-" + other.sessionId())).stream().anyMatch(card -> card != otherCard));
        assertThat(guilds.guilds(other)).as("the proxy never forwarded it: nothing ended").isNotEmpty();
    }

    private ApiSession otherSession() {
        String discordToken = new DemoSignIn(new TestHttp(emulatorPort()), emulatorPort()).discordAccessToken("alice");
        return sessions.startSession(discordToken, "Faults test", "127.0.0.1");
    }

    private static String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static void assertNothingLeaked() {
        assertThat(BrowserVisible.now()).doesNotContain("Exception", "127.0.0.1", "/api/v1", "Something went wrong");
    }
}
