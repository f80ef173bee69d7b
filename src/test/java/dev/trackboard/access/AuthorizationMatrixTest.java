package dev.trackboard.access;

import static dev.trackboard.testing.Demo.ACME;
import static dev.trackboard.testing.Demo.LUMEN;
import static dev.trackboard.testing.Demo.MISSING;
import static dev.trackboard.testing.Demo.NIMBUS;
import static dev.trackboard.testing.Demo.ORBIT;
import static dev.trackboard.testing.Demo.QUIET;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import dev.trackboard.audit.ui.AuditLogView;
import dev.trackboard.base.ui.LoginView;
import dev.trackboard.base.ui.NotFoundView;
import dev.trackboard.exports.ui.ExportsView;
import dev.trackboard.guild.ui.GuildOverviewView;
import dev.trackboard.guild.ui.GuildPickerView;
import dev.trackboard.account.ui.AccountView;
import dev.trackboard.legal.ui.PrivacyView;
import dev.trackboard.legal.ui.TermsView;
import dev.trackboard.testing.KaribuTest;
import dev.trackboard.settings.ui.SettingsView;
import dev.trackboard.tracking.ui.BrandsView;
import dev.trackboard.tracking.ui.TrackedAccountsView;
import dev.trackboard.sessions.ui.SessionsView;
import dev.trackboard.tracking.ui.TrackedPostsView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route for every kind of visitor, against an explicit table. A guild the visitor may not
 * open must look exactly like one that does not exist. Later screens add their rows here. (Paths
 * that are no route at all are answered by the server, not the router: see HttpAccessTest.)
 */
class AuthorizationMatrixTest extends KaribuTest {

    private static final String ANONYMOUS = "anonymous";
    private static final Class<? extends Component> LOGIN = LoginView.class;
    private static final Class<? extends Component> NOT_FOUND = NotFoundView.class;
    private static final Class<? extends Component> OVERVIEW = GuildOverviewView.class;
    private static final Class<? extends Component> PICKER = GuildPickerView.class;
    private static final Class<? extends Component> ACCOUNTS = TrackedAccountsView.class;
    private static final Class<? extends Component> POSTS = TrackedPostsView.class;
    private static final Class<? extends Component> BRANDS = BrandsView.class;
    private static final Class<? extends Component> SETTINGS = SettingsView.class;
    private static final Class<? extends Component> AUDIT = AuditLogView.class;
    private static final Class<? extends Component> EXPORTS = ExportsView.class;
    private static final Class<? extends Component> ACCOUNT = AccountView.class;
    private static final Class<? extends Component> SESSIONS = SessionsView.class;

    /** route → expected view for anonymous, alice, bob, carol. */
    private static Map<String, List<Class<? extends Component>>> matrix() {
        Map<String, List<Class<? extends Component>>> m = new LinkedHashMap<>();
        m.put("", List.of(LOGIN, PICKER, PICKER, PICKER));
        m.put("guilds/" + ACME, List.of(LOGIN, OVERVIEW, NOT_FOUND, NOT_FOUND));
        m.put("guilds/" + NIMBUS, List.of(LOGIN, OVERVIEW, OVERVIEW, NOT_FOUND));
        m.put("guilds/" + ORBIT, List.of(LOGIN, OVERVIEW, NOT_FOUND, NOT_FOUND));
        m.put("guilds/" + LUMEN, List.of(LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND));
        m.put("guilds/" + QUIET, List.of(LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND));
        m.put("guilds/" + MISSING, List.of(LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND));
        for (String guild : List.of(ACME, NIMBUS, ORBIT, LUMEN, QUIET, MISSING)) {
            boolean alice = List.of(ACME, NIMBUS, ORBIT).contains(guild);
            boolean bob = guild.equals(NIMBUS);
            Map<String, Class<? extends Component>> screens = new LinkedHashMap<>();
            screens.put("/tracking", ACCOUNTS);
            screens.put("/tracking/accounts", ACCOUNTS);
            screens.put("/tracking/posts", POSTS);
            screens.put("/tracking/brands", BRANDS);
            screens.put("/settings", SETTINGS);
            screens.put("/audit", AUDIT);
            screens.put("/exports", EXPORTS);
            screens.forEach((path, view) -> m.put("guilds/" + guild + path,
                    List.of(LOGIN, alice ? view : NOT_FOUND, bob ? view : NOT_FOUND, NOT_FOUND)));
        }
        m.put("login", List.of(LOGIN, PICKER, PICKER, PICKER));
        // everyone's own account: there is no way to name another user's
        m.put("account", List.of(LOGIN, ACCOUNT, ACCOUNT, ACCOUNT));
        // everyone signed in has their own sessions screen (the API lists only the caller's sessions)
        m.put("account/sessions", List.of(LOGIN, SESSIONS, SESSIONS, SESSIONS));
        m.put("terms", List.of(TermsView.class, TermsView.class, TermsView.class, TermsView.class));
        m.put("privacy", List.of(PrivacyView.class, PrivacyView.class, PrivacyView.class, PrivacyView.class));
        return m;
    }

    static Stream<Arguments> cases() {
        List<String> visitors = List.of(ANONYMOUS, "alice", "bob", "carol");
        List<Arguments> cases = new ArrayList<>();
        matrix().forEach((route, expected) -> {
            for (int i = 0; i < visitors.size(); i++) {
                cases.add(Arguments.of(visitors.get(i), route, expected.get(i)));
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} at /{1} sees {2}")
    @MethodSource("cases")
    void everyVisitorSeesExactlyWhatTheMatrixSays(String visitor, String route,
                                                   Class<? extends Component> expected) {
        if (!ANONYMOUS.equals(visitor)) {
            signIn(visitor);
        }

        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations(); // forget the start-up navigation

        UI.getCurrent().navigate(route);

        assertThat(outcome()).isEqualTo(expected);
    }

    /**
     * {@link LoginView} when the browser is being sent to the sign-in page; otherwise the view shown
     * once the guild layout has had the API's answer.
     */
    private Class<?> outcome() {
        boolean redirectedToLogin = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(pending -> pending.getInvocation())
                .anyMatch(js -> js.getExpression().contains("vaadin-redirect-pending")
                        && js.getParameters().contains("/login"));
        if (redirectedToLogin) {
            return LOGIN;
        }
        settle();
        return UI.getCurrent().getCurrentView().getClass();
    }
}
