package dev.trackboard.embedded.web;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The embedded Tracking API and Discord emulator are separate systems that happen to share the
 * dashboard's process: they must not see its login, session or CSRF rules. This chain takes their
 * paths first; the API authenticates its own JWTs and the emulator its own OAuth2 clients and tokens.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnEmbeddedMode
class EmbeddedSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain embeddedApiFilterChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/api/**", "/embedded/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .securityContext(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .build();
    }
}
