package dev.trackboard.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PrecompressedStylesheetFilterTest {

    private final PrecompressedStylesheetFilter filter =
            new PrecompressedStylesheetFilter("test-precompressed", getClass().getClassLoader());

    private MockHttpServletResponse get(String path, String acceptEncoding, MockFilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (acceptEncoding != null) {
            request.addHeader("Accept-Encoding", acceptEncoding);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    @Test
    void brotliIsPreferredAndAHashedLinkIsKeptForGood() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/styles/app.css");
        request.setParameter("v-c", "3a4ef998");
        request.addHeader("Accept-Encoding", "gzip, deflate, br");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).as("not passed on to Vaadin").isNull();
        assertThat(response.getHeader("Content-Encoding")).isEqualTo("br");
        assertThat(response.getContentAsString()).isEqualTo("fake-brotli");
        assertThat(response.getContentType()).startsWith("text/css");
        assertThat(response.getHeader("Vary")).isEqualTo("Accept-Encoding");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
    }

    @Test
    void gzipWhenBrotliIsNotAcceptedAndABareNameIsKeptAnHour() throws Exception {
        MockHttpServletResponse response = get("/styles/app.css", "gzip, br;q=0", new MockFilterChain());

        assertThat(response.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(response.getContentAsString()).isEqualTo("fake-gzip");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("max-age=3600");
    }

    @Test
    void withoutACopyOrAnAcceptedEncodingTheRequestGoesOn() throws Exception {
        MockFilterChain noEncoding = new MockFilterChain();
        get("/styles/app.css", null, noEncoding);
        MockFilterChain noCopy = new MockFilterChain();
        get("/styles/other.css", "br", noCopy);
        MockFilterChain notAStylesheet = new MockFilterChain();
        get("/styles/../application.properties", "br", notAStylesheet);

        assertThat(noEncoding.getRequest()).isNotNull();
        assertThat(noCopy.getRequest()).isNotNull();
        assertThat(notAStylesheet.getRequest()).isNotNull();
    }

    @Test
    void acceptEncodingIsReadWithItsWeights() {
        assertThat(PrecompressedStylesheetFilter.accepts("gzip;q=0.8, br", "br")).isTrue();
        assertThat(PrecompressedStylesheetFilter.accepts("gzip;q=0.8", "gzip")).isTrue();
        assertThat(PrecompressedStylesheetFilter.accepts("br;q=0.0, gzip", "br")).isFalse();
        assertThat(PrecompressedStylesheetFilter.accepts("identity", "gzip")).isFalse();
        assertThat(PrecompressedStylesheetFilter.accepts("brotli", "br")).isFalse();
    }
}
