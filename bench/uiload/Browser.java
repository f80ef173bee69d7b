import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One signed-in browser profile: its cookie jar (one host) and the Discord-emulator sign-in a browser
 * goes through. The sign-in stops at the callback's redirect, before the guild picker: the picker is
 * a Vaadin page and would leave a UI in the session that the measurement did not ask for.
 */
final class Browser {

    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">");
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]*)\"");

    final URI base;
    private final HttpClient http;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    Browser(URI base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    /** GET /oauth2/authorization/discord → emulator's authorize page → "login as" → callback. */
    void signIn(String user) throws IOException, InterruptedException {
        String authorizeUrl = redirect(send(get("/oauth2/authorization/discord")), "authorization redirect");
        HttpResponse<String> page = send(get(authorizeUrl));
        expect(page, 200, "authorize page");
        Map<String, String> form = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(page.body());
        while (hidden.find()) {
            form.put(unescape(hidden.group(1)), unescape(hidden.group(2)));
        }
        form.put("login_as", user);
        String callback = redirect(send(postForm("/embedded/discord/oauth2/authorize", form)), "login as");
        String landing = redirect(send(get(callback)), "callback");
        if (landing.contains("/login")) {
            throw new IllegalStateException("sign-in refused: " + landing);
        }
    }

    /** POST /logout with the CSRF token of a page (the sign-in page needs no UI). */
    void signOut() throws IOException, InterruptedException {
        HttpResponse<String> page = send(get("/login"));
        Matcher csrf = CSRF.matcher(page.body());
        if (csrf.find()) {
            send(postForm("/logout", Map.of("_csrf", csrf.group(1))));
        }
    }

    HttpRequest.Builder get(String pathOrUrl) {
        return HttpRequest.newBuilder(resolve(pathOrUrl)).timeout(REQUEST_TIMEOUT).GET();
    }

    HttpRequest.Builder postJson(String path, String json) {
        return HttpRequest.newBuilder(resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private HttpRequest.Builder postForm(String path, Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    URI resolve(String pathOrUrl) {
        URI target = base.resolve(pathOrUrl);
        if (!base.getHost().equals(target.getHost()) || base.getPort() != target.getPort()) {
            throw new IllegalStateException("redirect off the server under test: " + target);
        }
        return target;
    }

    synchronized String cookieHeader() {
        StringBuilder header = new StringBuilder();
        cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
        return header.toString();
    }

    /** Sends with this profile's cookies and keeps what the answer sets. */
    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        String cookie = cookieHeader();
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        request.header("User-Agent", "Trackboard UI load (bench/uiload)");
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        synchronized (this) {
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    String name = pair.substring(0, equals).strip();
                    String value = pair.substring(equals + 1).strip();
                    if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
                        cookies.remove(name);
                    } else {
                        cookies.put(name, value);
                    }
                }
            }
        }
        return response;
    }

    static String redirect(HttpResponse<String> response, String step) {
        if (response.statusCode() != 302 && response.statusCode() != 303) {
            throw new IllegalStateException(step + ": HTTP " + response.statusCode());
        }
        return response.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException(step + ": no Location"));
    }

    static void expect(HttpResponse<String> response, int status, String step) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(step + ": HTTP " + response.statusCode());
        }
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
