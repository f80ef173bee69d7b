package dev.trackboard.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A request's id: the proxy's when it looks like one, else made here; in the log context only while it runs. */
class RequestIdFilterTest {

    @Test
    void theProxysIdIsKeptAndNamedInTheAnswer() throws Exception {
        assertThat(run("3f2a9c0d8e7b6a5f4e3d2c1b0a998877")).containsExactly("3f2a9c0d8e7b6a5f4e3d2c1b0a998877",
                "3f2a9c0d8e7b6a5f4e3d2c1b0a998877");
        assertThat(MDC.get(RequestIdFilter.MDC_KEY)).as("after the request").isNull();
    }

    @Test
    void whatABrowserMakesUpIsReplaced() throws Exception {
        for (String offered : new String[] {null, "", "short", "x".repeat(65), "abc def 1234", "id\nFAKE log line",
                "<script>alert(1)</script>"}) {
            String[] seen = run(offered);
            assertThat(seen[0]).as(String.valueOf(offered)).matches("[0-9a-f]{24}").isEqualTo(seen[1]);
        }
    }

    /** The id in the log context during the request, and the one in the answer. */
    private static String[] run(String offered) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        if (offered != null) {
            request.addHeader(RequestIdFilter.HEADER, offered);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<String> during = new AtomicReference<>();
        new RequestIdFilter().doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                during.set(RequestIdFilter.current());
            }
        });
        return new String[] {during.get(), response.getHeader(RequestIdFilter.HEADER)};
    }
}
