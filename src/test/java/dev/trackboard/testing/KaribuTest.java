package dev.trackboard.testing;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import dev.trackboard.api.ApiSession;
import dev.trackboard.api.TrackingApiClient;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.EmbeddedAppTest;
import dev.trackboard.embedded.TestHttp;
import dev.trackboard.security.DiscordUser;
import dev.trackboard.security.TestPrincipals;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

/**
 * Browserless UI tests against the whole application in embedded mode: views call the real
 * Tracking API over HTTP, with a session obtained through the Discord emulator like a real sign-in.
 */
@EmbeddedAppTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;
    @Autowired
    private TrackingApiClient api;
    @Value("${local.server.port}")
    private int port;

    @BeforeEach
    void setUpVaadin() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("dev.trackboard");
        }
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    /** Signs a demo user in (alice, bob, carol) as the dashboard would after Discord sign-in. */
    protected DiscordUser signIn(String username) {
        String discordToken = new DemoSignIn(new TestHttp(port), port).discordAccessToken(username);
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

    protected int port() {
        return port;
    }
}
