package dev.trackboard.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

/** The node's name ends its session ids, which is what nginx routes a signed-in browser by. */
class NodeNameTest {

    @Test
    void aNamedNodeEndsItsSessionIdsWithItsName() throws Exception {
        assertThat(sessionCookieOf(new NodeName("b"))).matches("JSESSIONID=[0-9A-F]+\\.b;.*");
    }

    @Test
    void withoutANameTheIdsHaveNoSuffix() throws Exception {
        assertThat(sessionCookieOf(new NodeName(""))).matches("JSESSIONID=[0-9A-F]+;.*");
    }

    @Test
    void aNameNginxCouldNotMatchIsRefusedAtStart() {
        assertThatThrownBy(() -> new NodeName("Node-1")).hasMessageContaining("trackboard.node-name");
        assertThatThrownBy(() -> new NodeName("a.b")).hasMessageContaining("lower-case letters or digits");
    }

    private static String sessionCookieOf(NodeName name) throws Exception {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        name.customize(factory);
        WebServer server = factory.getWebServer(context -> context.addServlet("session", new StartsASession())
                .addMapping("/"));
        server.start();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.getPort() + "/")).build(), HttpResponse.BodyHandlers.ofString());
            return response.headers().firstValue("Set-Cookie").orElseThrow();
        } finally {
            server.stop();
        }
    }

    private static final class StartsASession extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            request.getSession(true);
            response.getWriter().print("ok");
        }
    }
}
