package dev.trackboard.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PrecompressedFilesFilterTest {

    private final PrecompressedFilesFilter filter =
            new PrecompressedFilesFilter("test-precompressed", getClass().getClassLoader());

    private MockHttpServletResponse get(String path, String acceptEncoding, MockFilterChain chain) throws Exception {
        return get(path, null, acceptEncoding, chain);
    }

    private MockHttpServletResponse get(String path, String hash, String acceptEncoding, MockFilterChain chain)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (hash != null) {
            request.setParameter("v-c", hash);
        }
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
    void aPlainCopyIsTheFileForEveryEncodingWhenTheLinkNamesItsHash() throws Exception {
        String hash = PrecompressedFilesFilter.contentHash("cut-lumo".getBytes(StandardCharsets.UTF_8));
        MockFilterChain identity = new MockFilterChain();
        MockHttpServletResponse plain = get("/lumo/lumo.css", hash, "identity", identity);
        MockHttpServletResponse brotli = get("/lumo/lumo.css", hash, "br", new MockFilterChain());

        assertThat(identity.getRequest()).as("not passed on to Vaadin, whose file is the whole lumo.css").isNull();
        assertThat(plain.getHeader("Content-Encoding")).isNull();
        assertThat(plain.getContentAsString()).isEqualTo("cut-lumo");
        assertThat(plain.getContentType()).startsWith("text/css");
        assertThat(plain.getHeader("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(brotli.getContentAsString()).isEqualTo("fake-brotli-cut");
    }

    @Test
    void withoutTheCopysHashVaadinServesItsOwnFile() throws Exception {
        MockFilterChain bare = new MockFilterChain();
        get("/lumo/lumo.css", null, "br", bare);
        MockFilterChain otherHash = new MockFilterChain();
        get("/lumo/lumo.css", "1111aaaa", "br", otherHash);

        assertThat(bare.getRequest()).isNotNull();
        assertThat(otherHash.getRequest()).isNotNull();
    }

    @Test
    void thePushScriptComesAsBrotliAndNothingElseUnderVaadinStatic() throws Exception {
        MockHttpServletResponse push = get(PrecompressedFilesFilter.PUSH_SCRIPT, "gzip, br", new MockFilterChain());
        MockFilterChain otherScript = new MockFilterChain();
        get("/VAADIN/static/push/vaadinPush.js", "br", otherScript);

        assertThat(push.getHeader("Content-Encoding")).isEqualTo("br");
        assertThat(push.getContentType()).startsWith("text/javascript");
        assertThat(push.getContentAsString()).isEqualTo("fake-brotli-push");
        assertThat(push.getHeader("Cache-Control")).isEqualTo("max-age=3600");
        assertThat(otherScript.getRequest()).isNotNull();
    }

    @Test
    void acceptEncodingIsReadWithItsWeights() {
        assertThat(PrecompressedFilesFilter.accepts("gzip;q=0.8, br", "br")).isTrue();
        assertThat(PrecompressedFilesFilter.accepts("gzip;q=0.8", "gzip")).isTrue();
        assertThat(PrecompressedFilesFilter.accepts("br;q=0.0, gzip", "br")).isFalse();
        assertThat(PrecompressedFilesFilter.accepts("identity", "gzip")).isFalse();
        assertThat(PrecompressedFilesFilter.accepts("brotli", "br")).isFalse();
    }
}
