import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sign-in load against a running embedded Trackboard, exactly as a browser signs in through the
 * Discord emulator: GET /oauth2/authorization/discord, follow to the emulator's authorize page, POST
 * its "login as" form, follow the callback, land on the guild picker (200, #guild-picker), then sign
 * out with the page's CSRF token (POST /logout) so every attempt starts from nothing. Each virtual
 * user has its own cookies and repeats until the time is up or the attempt cap is reached.
 *
 * <p>Usage: {@code java bench/SignInLoad.java http://127.0.0.1:PORT USERS SECONDS MAX_ATTEMPTS}.
 * Loopback only: any other host is refused. Prints attempts, errors by kind and p50/p95/max of the
 * sign-in (steps 1-5, without the sign-out).
 */
public class SignInLoad {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">");
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]*)\"");
    private static final String[] DEMO_USERS = {"alice", "bob", "carol"};
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final List<Long> signInNanos = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger attempts = new AtomicInteger();

    SignInLoad(URI base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:18150");
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 120;
        int maxAttempts = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
        if (!List.of("127.0.0.1", "localhost").contains(base.getHost())) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        new SignInLoad(base).run(users, Duration.ofSeconds(seconds), maxAttempts);
    }

    void run(int users, Duration duration, int maxAttempts) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        CountDownLatch done = new CountDownLatch(users);
        long started = System.nanoTime();
        for (int user = 0; user < users; user++) {
            String name = DEMO_USERS[user % DEMO_USERS.length];
            Thread.ofVirtual().name("user-" + user).start(() -> {
                try {
                    while (System.nanoTime() < deadline && attempts.incrementAndGet() <= maxAttempts) {
                        attempt(name);
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        report(users, Duration.ofNanos(System.nanoTime() - started));
    }

    private void attempt(String user) {
        Map<String, String> cookies = new LinkedHashMap<>();
        String step = "start";
        long start = System.nanoTime();
        try {
            step = "authorization-redirect";
            HttpResponse<String> authorize = send(get("/oauth2/authorization/discord"), cookies);
            String authorizeUrl = redirect(authorize, step);

            step = "authorize-page";
            HttpResponse<String> page = send(get(authorizeUrl), cookies);
            expect(page, 200, step);
            Map<String, String> form = new LinkedHashMap<>();
            Matcher hidden = HIDDEN.matcher(page.body());
            while (hidden.find()) {
                form.put(unescape(hidden.group(1)), unescape(hidden.group(2)));
            }
            form.put("login_as", user);

            step = "login-as";
            String callback = redirect(send(postForm("/embedded/discord/oauth2/authorize", form), cookies), step);

            step = "callback";
            HttpResponse<String> signedIn = send(get(callback), cookies);
            String landing = redirect(signedIn, step);
            if (landing.contains("/login?error")) {
                throw new Failure("callback: /login?error");
            }

            step = "picker";
            HttpResponse<String> picker = send(get(landing), cookies);
            expect(picker, 200, step);
            if (!picker.body().contains("\"guild-picker\"")) {
                throw new Failure("picker: no #guild-picker");
            }
            signInNanos.add(System.nanoTime() - start);

            step = "logout";
            Matcher csrf = CSRF.matcher(picker.body());
            if (!csrf.find()) {
                throw new Failure("logout: no CSRF token");
            }
            HttpResponse<String> out = send(postForm("/logout", Map.of("_csrf", csrf.group(1))), cookies);
            if (out.statusCode() != 302) {
                throw new Failure("logout: HTTP " + out.statusCode());
            }
        } catch (Failure failure) {
            count(failure.getMessage());
        } catch (HttpTimeoutException timeout) {
            count(step + ": timeout");
        } catch (IOException | RuntimeException e) {
            count(step + ": " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpRequest.Builder get(String pathOrUrl) {
        return HttpRequest.newBuilder(resolve(pathOrUrl)).timeout(REQUEST_TIMEOUT).GET();
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

    private URI resolve(String pathOrUrl) {
        URI target = base.resolve(pathOrUrl);
        if (!base.getHost().equals(target.getHost()) || base.getPort() != target.getPort()) {
            throw new Failure("redirect off the server under test: " + target.getHost());
        }
        return target;
    }

    /** Sends with this user's cookies (a browser's cookie jar, reduced to what one host needs). */
    private HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> cookies)
            throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
            request.header("Cookie", header.toString());
        }
        request.header("User-Agent", "Trackboard sign-in load (bench/SignInLoad.java)");
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
        return response;
    }

    private static String redirect(HttpResponse<String> response, String step) {
        if (response.statusCode() != 302 && response.statusCode() != 303) {
            throw new Failure(step + ": HTTP " + response.statusCode());
        }
        return response.headers().firstValue("Location").orElseThrow(() -> new Failure(step + ": no Location"));
    }

    private static void expect(HttpResponse<String> response, int status, String step) {
        if (response.statusCode() != status) {
            throw new Failure(step + ": HTTP " + response.statusCode());
        }
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private void count(String kind) {
        errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    private void report(int users, Duration took) {
        List<Long> sorted = new ArrayList<>(signInNanos);
        Collections.sort(sorted);
        long failed = errors.values().stream().mapToLong(LongAdder::sum).sum();
        System.out.printf("users: %d, duration: %.1f s%n", users, took.toMillis() / 1000.0);
        System.out.printf("attempts: %d, signed in: %d, errors: %d%n", sorted.size() + failed, sorted.size(), failed);
        new TreeMap<>(errors).forEach((kind, count) -> System.out.printf("  error %-40s %d%n", kind, count.sum()));
        if (!sorted.isEmpty()) {
            System.out.printf("sign-in latency: p50 %d ms, p95 %d ms, max %d ms (%.1f sign-ins/s)%n",
                    millis(sorted, 0.50), millis(sorted, 0.95), sorted.get(sorted.size() - 1) / 1_000_000,
                    sorted.size() / (took.toMillis() / 1000.0));
        }
    }

    private static long millis(List<Long> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1_000_000;
    }

    private static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message, null, false, false);
        }
    }
}
