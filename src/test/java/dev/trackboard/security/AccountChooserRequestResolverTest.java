package dev.trackboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

class AccountChooserRequestResolverTest {

    private final AccountChooserRequestResolver resolver = new AccountChooserRequestResolver(
            new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId("discord")
                    .clientId("300000000000000001").clientSecret("s")
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .authorizationUri("https://discord.example/oauth2/authorize")
                    .tokenUri("https://discord.example/api/oauth2/token")
                    .scope("identify", "guilds").build()));

    @Test
    void signInAsksDiscordNotToShowItsScreenAgain() {
        assertThat(prompt(signIn(null))).isEqualTo("none");
    }

    @Test
    void useAnotherAccountAsksForTheScreen() {
        assertThat(prompt(signIn("consent"))).isEqualTo("consent");
    }

    @Test
    void anyOtherPromptFromTheAddressBarIsIgnored() {
        assertThat(prompt(signIn("login select_account"))).isEqualTo("none");
    }

    @Test
    void otherAddressesAreNoAuthorizationRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/guilds");
        request.setServletPath("/guilds");
        assertThat(resolver.resolve(request)).isNull();
    }

    private OAuth2AuthorizationRequest signIn(String prompt) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/oauth2/authorization/discord");
        request.setServletPath("/oauth2/authorization/discord");
        if (prompt != null) {
            request.setParameter("prompt", prompt);
        }
        return resolver.resolve(request);
    }

    private static String prompt(OAuth2AuthorizationRequest request) {
        assertThat(request).isNotNull();
        assertThat(request.getAuthorizationRequestUri()).contains("prompt=" + request.getAdditionalParameters().get("prompt"));
        return (String) request.getAdditionalParameters().get("prompt");
    }
}
