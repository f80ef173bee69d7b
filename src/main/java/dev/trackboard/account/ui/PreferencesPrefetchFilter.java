package dev.trackboard.account.ui;

import dev.trackboard.account.PreferencesService;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.api.preferences.Preferences;
import dev.trackboard.base.ui.ShownPreferences;
import dev.trackboard.security.DiscordUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first page load of a signed-in session asks the API for the user's preferences here, before
 * Vaadin takes the session lock (docs/decisions/0006), and keeps them in the HTTP session: the page
 * is then built in the user's language and zone and painted in their theme from the start
 * ({@link ThemeFirstPaint}). Once per session; later changes reach the session through its tabs.
 * When the API does not answer the page starts with the device's theme cookie and the tab asks
 * again in the background.
 */
@Component
class PreferencesPrefetchFilter extends OncePerRequestFilter {

    private final PreferencesService preferences;

    PreferencesPrefetchFilter(PreferencesService preferences) {
        this.preferences = preferences;
    }

    /**
     * Page loads only: GETs, not Vaadin's own requests ({@code v-r=…}), static files, the API or
     * the emulator; read from the raw request so nothing here parses another request's parameters.
     * Anything else that slips through costs nothing once the session knows the preferences.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String query = request.getQueryString();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod())
                || query != null && (query.startsWith("v-r=") || query.contains("&v-r="))
                || path.startsWith("/VAADIN/") || path.startsWith("/api/") || path.startsWith("/embedded/")
                || path.startsWith("/actuator")
                || path.lastIndexOf('.') > path.lastIndexOf('/');
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ShownPreferences.SESSION_ATTRIBUTE) == null
                && request.getUserPrincipal() instanceof OAuth2AuthenticationToken signedIn
                && signedIn.getPrincipal() instanceof DiscordUser user) {
            try {
                Preferences known = preferences.preferences(user.apiSession());
                session.setAttribute(ShownPreferences.SESSION_ATTRIBUTE, known);
            } catch (TrackingApiException notNow) {
                // the cookie paints this page; the tab asks again in the background
            }
        }
        chain.doFilter(request, response);
    }
}
