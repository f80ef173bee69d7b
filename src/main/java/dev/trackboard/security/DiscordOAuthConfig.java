package dev.trackboard.security;

import dev.trackboard.api.SessionClient;
import dev.trackboard.config.LocalServerAddress;
import dev.trackboard.config.TrackboardProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.RequestEntity;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequestEntityConverter;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.web.client.RestClient;

/** Discord as the OAuth2 provider: client registration, and a User-Agent on every call to Discord. */
@Configuration(proxyBeanMethods = false)
class DiscordOAuthConfig {

    /** Discord asks API clients to identify themselves (and may refuse those that do not). */
    static final String USER_AGENT = "DiscordBot (https://trackboard.dev, 1.0) Trackboard";

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(TrackboardProperties properties,
                                                              LocalServerAddress localServer) {
        return new DiscordClientRegistrations(properties.discord(), localServer);
    }

    /** Per HTTP session, so signing out one browser revokes that browser's Discord token only. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> discordTokenClient() {
        var client = new RestClientAuthorizationCodeTokenResponseClient();
        client.addHeadersConverter(grant -> {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.USER_AGENT, USER_AGENT);
            return headers;
        });
        return client;
    }

    @Bean
    DiscordUserService discordUserService(SessionClient api) {
        var discord = new DefaultOAuth2UserService();
        var standard = new OAuth2UserRequestEntityConverter();
        discord.setRequestEntityConverter(request -> {
            RequestEntity<?> entity = standard.convert(request);
            HttpHeaders headers = new HttpHeaders();
            headers.addAll(entity.getHeaders());
            headers.set(HttpHeaders.USER_AGENT, USER_AGENT);
            return new RequestEntity<>(entity.getBody(), headers, entity.getMethod(), entity.getUrl());
        });
        return new DiscordUserService(discord, api);
    }

    /** Sign-out waits for the revocation: with no timeout, a slow Discord held every sign-out. */
    @Bean
    DiscordTokenRevoker discordTokenRevoker(TrackboardProperties properties, LocalServerAddress localServer) {
        SimpleClientHttpRequestFactory patience = new SimpleClientHttpRequestFactory();
        patience.setConnectTimeout(properties.api().connectTimeout());
        patience.setReadTimeout(properties.api().readTimeout());
        return new DiscordTokenRevoker(properties.discord(), localServer, RestClient.builder()
                .requestFactory(patience).defaultHeader(HttpHeaders.USER_AGENT, USER_AGENT).build());
    }
}
