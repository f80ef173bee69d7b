package dev.trackboard.config;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends the stylesheets ({@code /lumo/lumo.css}, {@code /styles/*.css}) and Vaadin's push script
 * ({@code /VAADIN/static/push/vaadinPush-min.js}) as the brotli or gzip copy the production build wrote
 * (docs/decisions/0051, 0081), instead of letting Vaadin send the plain file for Tomcat to gzip on every
 * request, or its own gzip copy: brotli is a fifth smaller and costs no CPU per request. Without a copy
 * (dev mode, a client that accepts neither) the request goes on to Vaadin.
 *
 * <p>The copies live under {@code META-INF/precompressed/} on the class path, by request path. The
 * build makes them from the same files Vaadin serves, so both answers have the same content — except
 * where the build also wrote a plain copy ({@code lumo/lumo.css}, cut to the bundle's components,
 * {@link BundleLumoStylesheet}): then that copy is the file, for every encoding, for a request that names
 * it by its hash ({@code ?v-c=}, the page's link); any other request gets Vaadin's file.
 */
public class PrecompressedFilesFilter implements Filter {

    static final String LOCATION = "META-INF/precompressed";
    static final String PUSH_SCRIPT = "/VAADIN/static/push/vaadinPush-min.js";
    private static final String[] ENCODINGS = {"br", "gzip"};
    private static final Map<String, String> SUFFIX = Map.of("br", ".br", "gzip", ".gz");

    private final String location;
    private final ClassLoader classLoader;
    private final Map<String, Optional<byte[]>> copies = new ConcurrentHashMap<>();

    public PrecompressedFilesFilter() {
        this(LOCATION, PrecompressedFilesFilter.class.getClassLoader());
    }

    PrecompressedFilesFilter(String location, ClassLoader classLoader) {
        this.location = location;
        this.classLoader = classLoader;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer
                && isRead(http) && isServed(path(http))) {
            String path = path(http);
            Optional<byte[]> plain = copy(path);
            if (plain.isPresent() && !contentHash(plain.get()).equals(http.getParameter("v-c"))) {
                // a link without the copy's hash is not the page's link (dev mode after a production build,
                // a bare URL): Vaadin's own file, not the cut
                chain.doFilter(request, response);
                return;
            }
            String accepted = http.getHeader("Accept-Encoding");
            for (String encoding : ENCODINGS) {
                if (accepts(accepted, encoding)) {
                    Optional<byte[]> copy = copy(path + SUFFIX.get(encoding));
                    if (copy.isPresent()) {
                        send(http, answer, encoding, copy.get());
                        return;
                    }
                }
            }
            if (plain.isPresent()) {
                send(http, answer, null, plain.get());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void send(HttpServletRequest request, HttpServletResponse response, String encoding, byte[] body)
            throws IOException {
        response.setContentType(path(request).endsWith(".js") ? "text/javascript;charset=utf-8" : "text/css;charset=utf-8");
        if (encoding != null) {
            response.setHeader("Content-Encoding", encoding);
        }
        response.setHeader("Vary", "Accept-Encoding");
        // Vaadin's rule: a link with its content hash (?v-c=) may be kept for good, a bare name an hour
        response.setHeader(ImmutableBuildFilesFilter.CACHE_CONTROL, request.getParameter("v-c") != null
                ? ImmutableBuildFilesFilter.IMMUTABLE : "max-age=3600");
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private Optional<byte[]> copy(String name) {
        return copies.computeIfAbsent(name, key -> {
            try (InputStream in = classLoader.getResourceAsStream(location + key)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        });
    }

    /** The {@code ?v-c=} value that names {@code content}: the first 16 hex digits of its SHA-256. */
    static String contentHash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    /** Only names the build compresses; nothing with a dot-dot or an encoded character gets near the class path. */
    static boolean isServed(String path) {
        return path.matches("/(lumo|styles)/[A-Za-z0-9_-]+\\.css") || path.equals(PUSH_SCRIPT);
    }

    /** "br", "gzip;q=0.8" count; "br;q=0" and absent ones do not. */
    static boolean accepts(String acceptEncoding, String encoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] pieces = part.trim().split(";");
            if (pieces[0].trim().equals(encoding)) {
                return pieces.length < 2 || !pieces[1].trim().matches("q=0(\\.0*)?");
            }
        }
        return false;
    }
}
