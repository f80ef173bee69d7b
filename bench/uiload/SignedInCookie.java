import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * Signs one user in through the Discord emulator (as {@link Browser} does for the UI load) and prints
 * the session's Cookie header, for curl (bench/first-byte.sh). Loopback only.
 *
 * <p>Usage: {@code java bench/uiload/SignedInCookie.java BASE_URL [user]}
 */
public class SignedInCookie {

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        if (!"127.0.0.1".equals(base.getHost()) && !"localhost".equals(base.getHost())) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        Browser browser = new Browser(base, http);
        browser.signIn(args.length > 1 ? args[1] : "alice");
        System.out.println(browser.cookieHeader());
    }
}
