package dev.trackboard.guild.ui;

import com.vaadin.flow.server.VaadinRequest;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.guild.GuildService;
import dev.trackboard.security.DiscordUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A direct page load of a guild screen asks the API about the guild here, before Vaadin takes the
 * session lock (docs/decisions/0006), so the first answer already is the screen or a real 404 —
 * and the user's other tabs never wait for it. In-app navigation has no such request; there
 * {@link GuildLayout} asks in the background instead. Runs after Spring Security (default filter
 * order), so the signed-in user is known.
 */
@Component
class GuildPrefetchFilter extends OncePerRequestFilter {

    private static final String ATTRIBUTE = GuildVerdict.class.getName();
    private static final Pattern GUILD_PAGE = Pattern.compile("/guilds/([0-9]{17,20})(/[^?]*)?");

    private final GuildService guilds;

    GuildPrefetchFilter(GuildService guilds) {
        this.guilds = guilds;
    }

    /**
     * Only page loads of guild screens: not Vaadin's own requests ({@code v-r=…}), read from the raw
     * query so that nothing here parses (or fails to parse) another request's parameters.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String query = request.getQueryString();
        return !"GET".equals(request.getMethod())
                || !GUILD_PAGE.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches()
                || query != null && (query.startsWith("v-r=") || query.contains("&v-r="));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the request's own principal, as the security chain set it (not the static holder, whose
        // strategy another application context in the same JVM may have replaced)
        if (request.getUserPrincipal() instanceof OAuth2AuthenticationToken signedIn
                && signedIn.getPrincipal() instanceof DiscordUser user) {
            Matcher page = GUILD_PAGE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
            if (page.matches()) {
                GuildId guildId = new GuildId(page.group(1));
                GuildVerdict verdict;
                try {
                    verdict = GuildVerdict.allowed(guilds.open(user.apiSession(), guildId));
                } catch (TrackingApiException failure) {
                    verdict = GuildVerdict.failed(guildId, failure);
                }
                request.setAttribute(ATTRIBUTE, verdict);
            }
        }
        chain.doFilter(request, new PageSentAtOnce(response));
    }

    /** The verdict fetched for this very request, if it is a direct load of {@code guildId}'s page. */
    static Optional<GuildVerdict> take(GuildId guildId) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || !(request.getAttribute(ATTRIBUTE) instanceof GuildVerdict verdict)
                || !verdict.guildId().equals(guildId)) {
            return Optional.empty();
        }
        request.removeAttribute(ATTRIBUTE);
        return Optional.of(verdict);
    }

    /**
     * Sends the page as soon as Vaadin has written it. Vaadin writes the whole page in one go while
     * it holds the session lock, then, still before the servlet returns, unlocks — and the unlock
     * applies every background result that arrived meanwhile (the overview's sections render their
     * charts there) and ends the request under the lock once more. Without a flush the compressed
     * page waits in the response buffer for all of that; none of it is part of this answer anyway
     * (the page's UIDL is already written; those changes go out by push).
     */
    static final class PageSentAtOnce extends HttpServletResponseWrapper {

        private ServletOutputStream flushing;

        PageSentAtOnce(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (flushing == null) {
                flushing = new FlushingStream(super.getOutputStream());
            }
            return flushing;
        }
    }

    private static final class FlushingStream extends ServletOutputStream {

        private final ServletOutputStream out;

        FlushingStream(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            out.flush(); // Vaadin writes a page with one call
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
