package dev.trackboard.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page address whose query string cannot be decoded (a stray {@code %}, bytes that are no UTF-8, a
 * parameter without a name) is answered with a redirect to the same page without those parts. The
 * servlet container (Servlet 6) refuses such a request with a bare 400 the moment anything reads a
 * parameter, long before a screen could ignore the value; links get mangled in chats and mails, and
 * the person who follows one should see the screen. Machine endpoints keep the plain 400.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UndecodableQueryRedirect extends OncePerRequestFilter {

    /** Paths that are no pages: clients there get the container's 400, as HTTP says. */
    private static final List<String> NOT_PAGES = List.of("/api/", "/embedded/", "/oauth2/", "/login/oauth2/",
            "/actuator/", "/VAADIN/");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (request.getQueryString() == null || !("GET".equals(method) || "HEAD".equals(method))) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return NOT_PAGES.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        QueryString query = new QueryString(request.getQueryString());
        if (query.decodable()) {
            chain.doFilter(request, response);
            return;
        }
        // the raw path as received, never "//host": a redirect that stays on this server
        String path = "/" + request.getRequestURI().replaceFirst("^/+", "");
        String cleaned = query.decodableParts();
        response.sendRedirect(cleaned.isEmpty() ? path : path + "?" + cleaned);
    }
}
