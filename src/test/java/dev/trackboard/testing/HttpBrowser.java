package dev.trackboard.testing;

import dev.trackboard.embedded.TestHttp;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser reduced to HTTP: keeps the session cookie and records every redirect, so tests can walk
 * the Discord sign-in step by step and tamper with it.
 */
public final class HttpBrowser {

    private final TestHttp http;
    private String sessionCookie;
    private final List<String> setCookieHeaders = new ArrayList<>();
    private final List<String> locations = new ArrayList<>();

    public HttpBrowser(int port) {
        this.http = new TestHttp(port);
    }

    public HttpResponse<String> get(String pathOrUrl) {
        return remember(sessionCookie == null ? http.get(pathOrUrl) : http.get(pathOrUrl, "Cookie", "JSESSIONID=" + sessionCookie));
    }

    public HttpResponse<String> postJson(String path, String json) {
        return remember(sessionCookie == null ? http.postJson(path, json)
                : http.postJson(path, json, "Cookie", "JSESSIONID=" + sessionCookie));
    }

    /** Starts sign-in and presses "login as {user}" on the emulator; returns the callback URL Discord sends back. */
    public String approveAt(String username) {
        String authorize = get("/oauth2/authorization/discord").headers().firstValue("Location").orElseThrow();
        Map<String, String> form = new LinkedHashMap<>(query(authorize));
        form.put("login_as", username);
        return remember(http.postForm("/embedded/discord/oauth2/authorize", form))
                .headers().firstValue("Location").orElseThrow();
    }

    /** The whole sign-in; returns the answer to the callback (a redirect into the app on success). */
    public HttpResponse<String> signInAs(String username) {
        return get(approveAt(username));
    }

    public String sessionCookie() {
        return sessionCookie;
    }

    public List<String> setCookieHeaders() {
        return setCookieHeaders;
    }

    public List<String> locations() {
        return locations;
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        response.headers().firstValue("Location").ifPresent(locations::add);
        for (String header : response.headers().allValues("Set-Cookie")) {
            setCookieHeaders.add(header);
            if (header.startsWith("JSESSIONID=")) {
                sessionCookie = header.substring("JSESSIONID=".length(), header.indexOf(';'));
            }
        }
        return response;
    }

    public static Map<String, String> query(String url) {
        String raw = URI.create(url).getRawQuery();
        return raw == null ? Map.of() : Arrays.stream(raw.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(p -> decode(p[0]), p -> p.length > 1 ? decode(p[1]) : "",
                        (a, b) -> b, LinkedHashMap::new));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
