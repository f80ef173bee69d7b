package dev.trackboard.embedded;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Embedded mode serves the dashboard <em>and</em> the backends it calls (Tracking API, Discord
 * emulator) from one process and one CPU. A burst of dashboard requests — 50 browsers signing in at
 * once — used to starve the nested backend calls those very requests wait for, until the nested calls
 * hit their read timeouts and sign-ins failed ({@code /login?error}). So dashboard requests are
 * admitted a bounded number at a time; backend requests ({@code /api/**}, {@code /embedded/**}) are
 * never held back. A dashboard request waits for its turn (that is the queue a browser sees), and
 * only after {@code maxWait} gets a 503 with {@code Retry-After}. In production the backends are
 * other machines and this filter does not exist.
 */
final class BackendFirstFilter extends OncePerRequestFilter {

    private final Semaphore pages;
    private final Duration maxWait;

    BackendFirstFilter(int concurrentPages, Duration maxWait) {
        this.pages = new Semaphore(concurrentPages, true);
        this.maxWait = maxWait;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isBackend(request)) {
            chain.doFilter(request, response);
            return;
        }
        boolean admitted;
        try {
            admitted = pages.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        try {
            chain.doFilter(request, response); // an async request (push, streams) returns here at once
        } finally {
            pages.release();
        }
    }

    private static boolean isBackend(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/embedded/");
    }
}
