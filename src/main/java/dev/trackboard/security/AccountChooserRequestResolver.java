package dev.trackboard.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Spring's standard authorization request plus Discord's {@code prompt}: {@code consent} when the
 * sign-in page's "use another account" asks for it, so Discord shows its account screen again, and
 * {@code none} otherwise, so a user who has authorized Trackboard before is sent straight back
 * ("Continue as …" is one click, also after their node went away). Discord shows its screen anyway
 * when it cannot skip it, so {@code none} never locks anyone out.
 */
class AccountChooserRequestResolver implements OAuth2AuthorizationRequestResolver {

    private final DefaultOAuth2AuthorizationRequestResolver standard;

    AccountChooserRequestResolver(ClientRegistrationRepository registrations) {
        this.standard = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return withPrompt(request, standard.resolve(request));
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
        return withPrompt(request, standard.resolve(request, registrationId));
    }

    private static OAuth2AuthorizationRequest withPrompt(HttpServletRequest request, OAuth2AuthorizationRequest auth) {
        if (auth == null) {
            return null;
        }
        Map<String, Object> extra = new HashMap<>(auth.getAdditionalParameters());
        extra.put("prompt", "consent".equals(request.getParameter("prompt")) ? "consent" : "none");
        return OAuth2AuthorizationRequest.from(auth).additionalParameters(extra).build();
    }
}
