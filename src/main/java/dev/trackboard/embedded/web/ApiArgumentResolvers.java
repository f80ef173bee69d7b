package dev.trackboard.embedded.web;

import dev.trackboard.embedded.ApiCaller;
import dev.trackboard.embedded.ApiProblem;
import dev.trackboard.embedded.access.AuthorizedGuild;
import dev.trackboard.embedded.access.GuildScope;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Hands controllers the {@link ApiCaller} and {@link AuthorizedGuild} the interceptors established. */
final class ApiArgumentResolvers implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type == ApiCaller.class || type == AuthorizedGuild.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest request, WebDataBinderFactory binderFactory) {
        if (parameter.getParameterType() == ApiCaller.class) {
            Object caller = request.getAttribute(ApiCaller.class.getName(), RequestAttributes.SCOPE_REQUEST);
            if (caller == null) {
                throw ApiProblem.unauthorized("A Bearer access token is required.");
            }
            return caller;
        }
        Object guild = request.getAttribute(GuildScope.GUILD_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (guild == null) {
            throw ApiProblem.notFound(); // not under /guilds/{guildId}: never hand out an unchecked guild
        }
        return guild;
    }
}
