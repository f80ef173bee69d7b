package dev.trackboard.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id that its log lines carry ({@code requestId} in the MDC, a field of its own
 * in the structured JSON logs) and that the answer names ({@code X-Request-Id}), so an operator can
 * find one user's failing request among a node's lines. The proxy's id is taken when it looks like
 * one (nginx sends {@code $request_id}: deploy/nginx); anything else a client sends is replaced, so a
 * log line never carries what a browser made up. The API calls made for the request send it on
 * ({@code ApiCalls}), and the API's lines carry it too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern PLAUSIBLE = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = accepted(request.getHeader(HEADER));
        MDC.put(MDC_KEY, id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    static String accepted(String offered) {
        if (offered != null && PLAUSIBLE.matcher(offered).matches()) {
            return offered;
        }
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** The id of the request this thread is serving, or null (a background task). */
    public static String current() {
        return MDC.get(MDC_KEY);
    }
}
