package dev.trackboard.testing;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import dev.trackboard.api.ApiSession;
import dev.trackboard.api.SessionClient;
import dev.trackboard.base.ui.Background;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.TestHttp;
import dev.trackboard.security.DiscordUser;
import dev.trackboard.security.TestPrincipals;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

/**
 * Browserless UI tests against a whole application: views call the real Tracking API over HTTP,
 * with a session obtained through the Discord emulator like a real sign-in. Subclasses say which
 * application ({@link KaribuTest}: embedded mode) and where its Discord emulator is.
 */
public abstract class KaribuSupport {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;
    @Autowired
    private SessionClient api;
    @Autowired
    private Background background;
    @Value("${local.server.port}")
    private int port;

    /** The port of the application whose Discord emulator signs demo users in. */
    protected abstract int emulatorPort();

    /** Long enough for a retry after back-off on a busy machine; a condition that never holds fails. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @BeforeEach
    void setUpVaadin() {
        if (routes == null) {
            routes = withPackagePrivateViews(new Routes().autoDiscoverViews("dev.trackboard"));
        }
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    /** Karibu's discovery sees public classes only; views are package-private where they can be. */
    private static Routes withPackagePrivateViews(Routes discovered) {
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("dev.trackboard").scan()) {
            scan.getClassesWithAnnotation(Route.class.getName()).loadClasses(Component.class)
                    .forEach(discovered.getRoutes()::add);
            scan.getClassesImplementing(HasErrorParameter.class.getName()).filter(info -> !info.isAbstract())
                    .forEach(info -> discovered.getErrorRoutes().add(errorView(info.loadClass())));
        }
        return discovered;
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends HasErrorParameter<?>> errorView(Class<?> type) {
        return (Class<? extends HasErrorParameter<?>>) type;
    }

    @AfterEach
    void tearDownVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    /** Signs a demo user in (alice, bob, carol) as the dashboard would after Discord sign-in. */
    protected DiscordUser signIn(String username) {
        String discordToken = new DemoSignIn(new TestHttp(emulatorPort()), emulatorPort()).discordAccessToken(username);
        ApiSession session = api.startSession(discordToken, "Karibu test", "127.0.0.1");
        return signIn(TestPrincipals.of(session));
    }

    /** Makes {@code user} the signed-in user of the mock request, as Spring Security would. */
    protected static DiscordUser signIn(DiscordUser user) {
        var authentication = new OAuth2AuthenticationToken(user, user.getAuthorities(), "discord");
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> List.of("USER", "ROLE_USER").contains(role));
        return user;
    }

    /**
     * Makes the mock browser report {@code zoneId} as its time zone (and a 1440×900 window), as a
     * real one does when the page starts; screens read it through {@code UserTime}.
     */
    protected static void browserTimeZone(String zoneId) {
        int offsetMillis = ZoneId.of(zoneId).getRules().getOffset(Instant.now()).getTotalSeconds() * 1000;
        Map<String, String> values = Map.of("v-sw", "1440", "v-sh", "900", "v-ww", "1440", "v-wh", "900",
                "v-tzid", zoneId, "v-tzo", String.valueOf(-offsetMillis / 60_000), "v-rtzo",
                String.valueOf(-offsetMillis / 60_000), "v-dstd", "0", "v-dston", "false",
                "v-curdate", String.valueOf(System.currentTimeMillis()));
        ExtendedClientDetails.updateFromValues(UI.getCurrent(), values::get);
    }

    protected int port() {
        return port;
    }

    /** Navigates like a click on a link, then lets the screen's background loads arrive. */
    protected void navigate(String route) {
        UI.getCurrent().navigate(route);
        settle();
    }

    /** The same with query parameters. */
    protected void navigate(String route, QueryParameters query) {
        UI.getCurrent().navigate(route, query);
        settle();
    }

    /**
     * Hands every background call's outcome to the UI, as the push would, until no call is in
     * flight (a call may start others). Scheduled retries are not waited for: see {@link #awaitUi}.
     */
    protected void settle() {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            MockVaadin.clientRoundtrip(false);
            if (background.callsInFlight() == 0) {
                MockVaadin.clientRoundtrip(false);
                if (background.callsInFlight() == 0) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("background calls still running after " + PATIENCE);
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }

    /** Lets background work and retries reach the UI until {@code condition} holds (fails after a while). */
    protected void awaitUi(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            settle();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still not true after " + PATIENCE + ": " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }
}
