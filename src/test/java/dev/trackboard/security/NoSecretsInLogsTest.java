package dev.trackboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.embedded.EmbeddedAppTest;
import dev.trackboard.testing.HttpBrowser;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Decision 0130 / issue 13: whatever a sign-in and a few screens write to the log, it is never the
 * sign-in code, the Discord client secret, an API token (the embedded API's are JWTs) or the session
 * id; and every answer names its request id.
 */
@EmbeddedAppTest
@ExtendWith(OutputCaptureExtension.class)
class NoSecretsInLogsTest {

    @Value("${local.server.port}")
    int port;
    @Value("${trackboard.discord.client-secret}")
    String clientSecret;

    @Test
    void aSignInAndItsPagesLogNoCodeSecretTokenOrSession(CapturedOutput log) {
        HttpBrowser alice = new HttpBrowser(port);
        String callback = alice.approveAt("alice");
        String code = HttpBrowser.query(callback).get("code");
        alice.get(callback);
        HttpResponse<String> picker = alice.get("/");
        alice.get("/guilds/200000000000000001");
        alice.get("/guilds/200000000000000002/settings"); // not hers: a 404, logged or not

        assertThat(picker.statusCode()).isEqualTo(200);
        assertThat(picker.headers().firstValue("X-Request-Id")).get().asString().matches("[0-9a-f]{24}");
        assertThat(code).isNotBlank();
        assertThat(log.getAll()).doesNotContain(code).doesNotContain(clientSecret).doesNotContain("eyJ")
                .doesNotContain("Bearer ").doesNotContain(alice.sessionCookie());
    }
}
