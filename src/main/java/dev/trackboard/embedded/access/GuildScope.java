package dev.trackboard.embedded.access;

import dev.trackboard.embedded.ApiCaller;
import dev.trackboard.embedded.ApiProblem;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Guards every path under {@code /api/v1/guilds/{guildId}}: runs after Bearer authentication and
 * lets the request through only for a guild the caller may open now. Registered by path, so an
 * endpoint added later is guarded even if its author forgets to ask for an {@link AuthorizedGuild}.
 * Reads (GET/HEAD) may use Discord data up to permission-max-age (20 s) old; every other method asks Discord afresh.
 */
@Component
@ConditionalOnEmbeddedMode
public class GuildScope implements HandlerInterceptor {

    public static final String GUILD_ATTRIBUTE = AuthorizedGuild.class.getName();
    private static final String PREFIX = "/api/v1/guilds/";

    private final GuildAccessChecker checker;

    GuildScope(GuildAccessChecker checker) {
        this.checker = checker;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        ApiCaller caller = (ApiCaller) request.getAttribute(ApiCaller.class.getName());
        if (caller == null) {
            throw ApiProblem.unauthorized("A Bearer access token is required.");
        }
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        try {
            request.setAttribute(GUILD_ATTRIBUTE, checker.authorize(caller, guildId(request), !read));
        } catch (DiscordUnavailableException e) {
            throw ApiProblem.discordUnavailable();
        } catch (DiscordTokenRejectedException e) {
            throw ApiProblem.unauthorized("The Discord authorization behind this session has ended; sign in again.");
        }
        return true;
    }

    private static String guildId(HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.get("guildId") instanceof String guildId) {
            return guildId;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(PREFIX)) {
            return null;
        }
        String rest = path.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}
