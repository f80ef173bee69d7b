package dev.trackboard.config;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Lets browsers keep the frontend bundle's files for a year without asking again.
 *
 * <p>Vaadin's static file server gives every file under {@code /VAADIN/build} {@code max-age=3600},
 * because it only recognises GWT-style {@code .cache.} names; the production bundle's files carry a
 * content hash in their names instead ({@code indexhtml-B2ng_pUR.js}), so a changed file always gets
 * a new URL. This filter turns Vaadin's {@code max-age=N} on such hashed names into
 * {@code public, max-age=31536000, immutable}. Any other value is left alone: dev mode sends
 * {@code no-cache}, and a name without a hash keeps Vaadin's hour.
 */
public class ImmutableBuildFilesFilter implements Filter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String CACHE_CONTROL = "Cache-Control";

    /** Vite's default file names: {@code [name]-[hash].[ext]}, the hash being 8 base64url characters. */
    private static final Pattern HASHED_NAME = Pattern.compile(".*-[A-Za-z0-9_-]{8}\\.[a-z]+$");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse httpResponse
                && HASHED_NAME.matcher(http.getRequestURI()).matches()) {
            chain.doFilter(request, new ImmutableCacheResponse(httpResponse));
        } else {
            chain.doFilter(request, response);
        }
    }

    private static final class ImmutableCacheResponse extends HttpServletResponseWrapper {

        ImmutableCacheResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, rewrite(name, value));
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, rewrite(name, value));
        }

        private static String rewrite(String name, String value) {
            return CACHE_CONTROL.equalsIgnoreCase(name) && value != null && value.startsWith("max-age=")
                    ? IMMUTABLE : value;
        }
    }
}
