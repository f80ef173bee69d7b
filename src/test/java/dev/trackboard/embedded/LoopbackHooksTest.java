package dev.trackboard.embedded;

import static dev.trackboard.testing.Demo.ACME;
import static dev.trackboard.testing.Demo.BOB;
import static dev.trackboard.testing.Demo.NIMBUS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The loopback-only hooks over real HTTP: a request from this machine that names a foreign host in
 * {@code Host} (what a DNS-rebinding page in a local browser sends) is refused like a remote one.
 */
@EmbeddedAppTest
class LoopbackHooksTest {

    private static final String MEMBER_PATH = "/embedded/discord/admin/guilds/" + NIMBUS + "/members/" + BOB;

    @Value("${local.server.port}")
    int port;

    @Test
    void theBotStatusHookRefusesAForeignHostAndAnswersALoopbackOne() throws IOException {
        String body = "{\"state\":\"ONLINE\"}";
        String path = "/embedded/bot/" + ACME + "/status";

        assertThat(status("POST", path, "rebind.attacker.example:" + port, body)).isEqualTo(404);
        assertThat(status("POST", path, "localhost:" + port, body)).isEqualTo(204);
        assertThat(status("POST", path, "127.0.0.1:" + port, body)).isEqualTo(204);
    }

    @Test
    void theDiscordAdminHookRefusesAForeignHost() throws IOException {
        assertThat(status("PUT", MEMBER_PATH, "rebind.attacker.example:" + port, "{\"permissions\":\"8\"}"))
                .isEqualTo(404);
        assertThat(status("DELETE", MEMBER_PATH, "rebind.attacker.example", null)).isEqualTo(404);
        // past the gate with a loopback name: the malformed value is refused, so the fixture stays as it is
        assertThat(status("PUT", MEMBER_PATH, "localhost:" + port, "{\"permissions\":\"not-a-number\"}"))
                .isEqualTo(400);
    }

    /** A hand-written HTTP/1.1 request: java.net.http does not let a caller choose the Host header. */
    private int status(String method, String path, String host, String json) throws IOException {
        byte[] payload = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n"
                    + (json == null ? "" : "Content-Type: application/json\r\n")
                    + "Content-Length: " + payload.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(payload);
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII); // "HTTP/1.1 204"
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}
