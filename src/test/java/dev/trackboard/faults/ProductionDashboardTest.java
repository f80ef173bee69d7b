package dev.trackboard.faults;

import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.testing.KaribuSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard as deployed (production mode) against a Tracking API that fails on demand: the
 * embedded backend of this JVM behind {@link FaultyApiProxy}. Short timeouts keep the faults quick.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // the start-up check reads these before the dynamic values exist: the defaults satisfy it
        "trackboard.mode=production",
        "trackboard.api.base-url=${fault.api.base-url:http://fault-api.invalid/api/v1}",
        "trackboard.discord.client-id=" + DemoSignIn.CLIENT_ID,
        "trackboard.discord.client-secret=${fault.discord.client-secret:not-yet-known}"})
public abstract class ProductionDashboardTest extends KaribuSupport {

    static final EmbeddedBackend BACKEND = EmbeddedBackend.get();

    @DynamicPropertySource
    static void productionAgainstTheFaultyApi(DynamicPropertyRegistry properties) {
        String emulator = "http://127.0.0.1:" + BACKEND.port + "/embedded/discord";
        properties.add("fault.api.base-url", BACKEND.proxy::baseUrl);
        properties.add("fault.discord.client-secret", BACKEND::discordClientSecret);
        // a subclass's own @DynamicPropertySource, registered later, overrides these
        properties.add("trackboard.api.read-timeout", () -> "4s");
        properties.add("trackboard.api.call-timeout", () -> "6s");
        properties.add("trackboard.api.page-read-timeout", () -> "1s");
        properties.add("trackboard.api.breaker-open-for", () -> "1s");
        properties.add("trackboard.discord.authorization-uri", () -> emulator + "/oauth2/authorize");
        properties.add("trackboard.discord.token-uri", () -> emulator + "/api/oauth2/token");
        properties.add("trackboard.discord.user-info-uri", () -> emulator + "/api/users/@me");
        properties.add("trackboard.discord.revocation-uri", () -> emulator + "/api/oauth2/token/revoke");
        properties.add("management.server.port", () -> "-1");
    }

    @Override
    protected int emulatorPort() {
        return BACKEND.port;
    }

    protected static FaultyApiProxy proxy() {
        return BACKEND.proxy;
    }
}
