package dev.trackboard.embedded.web;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.access.GuildScope;
import dev.trackboard.embedded.auth.BearerAuthentication;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires authentication and the guild check in front of {@code /api/v1}, in this order. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnEmbeddedMode
class ApiWebConfiguration implements WebMvcConfigurer {

    private final BearerAuthentication bearerAuthentication;
    private final GuildScope guildScope;

    ApiWebConfiguration(BearerAuthentication bearerAuthentication, GuildScope guildScope) {
        this.bearerAuthentication = bearerAuthentication;
        this.guildScope = guildScope;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(bearerAuthentication).addPathPatterns("/api/v1/**")
                // the token endpoints are anonymous; the nodes' session event stream has its node credential
                .excludePathPatterns("/api/v1/auth/token", "/api/v1/auth/refresh", "/api/v1/sessions/events");
        registry.addInterceptor(guildScope).addPathPatterns("/api/v1/guilds/*", "/api/v1/guilds/*/**");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ApiArgumentResolvers());
    }
}
