package dev.trackboard.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.trackboard.api.SessionClient;
import dev.trackboard.api.sessions.EndedSessions;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The dashboard's filter chain: Discord sign-in through {@code oauth2Login}, Vaadin's route access
 * control for everything else, security headers, and a sign-out that also ends the API session and
 * revokes the Discord token, and sessions that end by idleness or age (SessionLifetimeFilter).
 * (Embedded mode adds its own chain for its API paths, ordered first.)
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    static final String LOGIN_PATH = "/login";
    static final String SIGNED_OUT_PAGE = LOGIN_PATH + "?signedOut";

    /**
     * Vaadin needs inline styles and eval for its client engine; everything is same-origin. The
     * page talks to this origin only: in CSP level 3 {@code 'self'} also covers the push websocket
     * (ws/wss to the same host and port), so no other host can be reached from a page (issue 7).
     */
    private static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: https://cdn.discordapp.com",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "object-src 'none'");

    @Bean
    @Order(10)
    SecurityFilterChain dashboardFilterChain(HttpSecurity http, SessionClient api,
                                             OAuth2AuthorizedClientRepository authorizedClients,
                                             DiscordTokenRevoker discordTokens,
                                             ClientRegistrationRepository registrations, Clock clock,
                                             SessionProperties sessions, EndedSessions endedSessions,
                                             @Value("${server.servlet.session.timeout:30m}") Duration idleTimeout)
            throws Exception {
        SignOutHandler signOut = new SignOutHandler(api, authorizedClients, discordTokens,
                runnable -> Thread.ofVirtual().name("sign-out").start(runnable));
        http.addFilterBefore(new SessionLifetimeFilter(clock, idleTimeout, sessions.absoluteLifetime(), signOut,
                endedSessions),
                SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers("/styles/**", "/icons/**", "/openapi/**").permitAll();
            ActuatorAccess.rules(requests);
        });
        http.oauth2Login(login -> login
                .loginPage(LOGIN_PATH)
                .failureUrl(LOGIN_PATH + "?error")
                .authorizationEndpoint(endpoint -> endpoint
                        .authorizationRequestResolver(new AccountChooserRequestResolver(registrations))));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(
                        ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        // Registered first, this is also the entry point for requests no other one matches (Spring
        // Security takes the first for the rest): sign-in, "expired" for a page of an ended session.
        // The page is remembered for after the sign-in either way.
        http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                signInTellingAnEndedSession(), SecurityConfig::pageOfAnEndedSession));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .oauth2LoginPage(LOGIN_PATH)
                .logoutSuccessHandler(signedOutPage())
                .addLogoutHandler(signOut)
                .anyRequest(any -> any.authenticated()));
        return http.build();
    }

    private static AuthenticationEntryPoint signInTellingAnEndedSession() {
        AuthenticationEntryPoint expired = new LoginUrlAuthenticationEntryPoint(SessionLifetimeFilter.EXPIRED_PAGE);
        AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint(LOGIN_PATH);
        return (request, response, failure) ->
                (pageOfAnEndedSession(request) ? expired : signIn).commence(request, response, failure);
    }

    /**
     * A page (not one of Vaadin's own requests) asked for with a session cookie that no longer names a
     * session: it timed out, was ended here, or lived on a node that went away.
     */
    private static boolean pageOfAnEndedSession(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && request.getRequestedSessionId() != null
                && !request.isRequestedSessionIdValid() && request.getParameter("v-r") == null
                && !request.getRequestURI().startsWith(request.getContextPath() + "/VAADIN/");
    }

    /**
     * After sign-out: the sign-in page with its "signed out" note, always that page (no target taken
     * from the request: no open redirect). oauth2LoginPage's second argument would not do: it is the
     * OpenID Connect post-logout URI, and Discord is no OIDC provider. The redirect strategy is
     * Vaadin's, as sign-out runs in a Vaadin request.
     */
    private static LogoutSuccessHandler signedOutPage() {
        SimpleUrlLogoutSuccessHandler handler = new SimpleUrlLogoutSuccessHandler();
        handler.setDefaultTargetUrl(SIGNED_OUT_PAGE);
        handler.setAlwaysUseDefaultTargetUrl(true);
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        return handler;
    }
}
