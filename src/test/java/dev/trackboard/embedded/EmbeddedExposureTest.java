package dev.trackboard.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trackboard.Application;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Embedded mode on a shared network: it listens on loopback unless {@code server.address} says
 * otherwise, and its secrets (the emulator's client secret, the API's signing key) belong to the data
 * directory — a second directory gets its own, a restart on the same one keeps them.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedExposureTest {

    @TempDir
    Path temp;

    @Test
    void listensOnLoopbackByDefaultAndKeepsItsSecretsPerDataDirectory(CapturedOutput output) throws Exception {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");

        Started one = start(first);
        try (one.context) {
            assertThat(boundAddress(one.context)).isEqualTo(InetAddress.getByName("127.0.0.1"));
            assertThat(output.getAll()).contains("Embedded mode listens on 127.0.0.1 only", "--server.address=0.0.0.0");
            otherInterfaceAddress().ifPresent(other -> assertThatThrownBy(() -> connect(other, one.port))
                    .as("not reachable on %s", other).isInstanceOf(ConnectException.class));
            assertThat(one.secret).isNotBlank().isNotEqualTo("embedded-demo-secret").hasSizeGreaterThanOrEqualTo(43);
            assertThat(new DemoSignIn(new TestHttp(one.port), one.port)
                    .redeem(new DemoSignIn(new TestHttp(one.port), one.port).approve("alice"), DemoSignIn.VERIFIER,
                            "embedded-demo-secret").statusCode())
                    .as("the old constant secret is refused").isEqualTo(401);
        }

        Started restarted = start(first, "--server.address=0.0.0.0");
        try (restarted.context) {
            assertThat(boundAddress(restarted.context).isAnyLocalAddress()).as("explicit address honoured").isTrue();
            otherInterfaceAddress().ifPresent(other -> assertThatCode(other, restarted.port));
            assertThat(restarted.secret).isEqualTo(one.secret);
            assertThat(restarted.signingKeyId).isEqualTo(one.signingKeyId);
        }

        Started other = start(second);
        try (other.context) {
            assertThat(other.secret).isNotEqualTo(one.secret);
            assertThat(other.signingKeyId).isNotEqualTo(one.signingKeyId);
        }
    }

    private record Started(ConfigurableApplicationContext context, int port, String secret, String signingKeyId) { }

    /** Starts the whole application on a random port and signs alice in with the secret it generated. */
    private static Started start(Path dataDir, String... extra) {
        String[] args = new String[extra.length + 5];
        args[0] = "--trackboard.mode=embedded";
        args[1] = "--trackboard.data-dir=" + dataDir;
        args[2] = "--server.port=0";
        args[3] = "--trackboard.embedded.large-guild-posts=10";
        args[4] = "--trackboard.embedded.guild-posts=10";
        System.arraycopy(extra, 0, args, 5, extra.length);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(args);
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        String secret = context.getEnvironment().getProperty("trackboard.discord.client-secret");
        HttpResponse<String> token = new ApiClient(port, secret).exchange(
                new DemoSignIn(new TestHttp(port), port, secret).discordAccessToken("alice"));
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        return new Started(context, port, secret, keyId(DemoSignIn.json(token.body())));
    }

    private static String keyId(JsonNode tokenResponse) {
        String header = tokenResponse.get("accessToken").asText().split("\\.")[0];
        return DemoSignIn.json(new String(Base64.getUrlDecoder().decode(header), StandardCharsets.UTF_8))
                .get("kid").asText();
    }

    private static InetAddress boundAddress(ConfigurableApplicationContext context) {
        TomcatWebServer server = (TomcatWebServer) ((WebServerApplicationContext) context).getWebServer();
        return (InetAddress) server.getTomcat().getConnector().getProperty("address");
    }

    /** An IPv4 address of this machine that is not loopback, if it has one (tests stay on this machine). */
    private static Optional<InetAddress> otherInterfaceAddress() throws SocketException {
        return NetworkInterface.networkInterfaces().filter(EmbeddedExposureTest::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }

    private static void assertThatCode(InetAddress address, int port) {
        try {
            connect(address, port);
        } catch (IOException e) {
            throw new AssertionError("expected the port to be open on " + address, e);
        }
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 5_000);
        }
    }
}
