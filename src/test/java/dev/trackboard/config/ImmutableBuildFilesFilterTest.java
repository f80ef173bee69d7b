package dev.trackboard.config;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Hashed bundle files are cached for a year; everything Vaadin marks otherwise keeps its header. */
class ImmutableBuildFilesFilterTest {

    private final ImmutableBuildFilesFilter filter = new ImmutableBuildFilesFilter();

    @Test
    void aHashedBundleFileWithVaadinsHourBecomesImmutable() throws Exception {
        assertThat(cacheControl("/VAADIN/build/indexhtml-B2ng_pUR.js", "max-age=3600"))
                .isEqualTo("public, max-age=31536000, immutable");
        assertThat(cacheControl("/VAADIN/build/chunk-cbdd3da9ebc668b3-Lq-H5oSn.js", "max-age=3600"))
                .isEqualTo("public, max-age=31536000, immutable");
    }

    @Test
    void devModesNoCacheStays() throws Exception {
        assertThat(cacheControl("/VAADIN/build/indexhtml-B2ng_pUR.js", "no-cache")).isEqualTo("no-cache");
    }

    @Test
    void aNameWithoutAHashKeepsVaadinsHour() throws Exception {
        assertThat(cacheControl("/VAADIN/build/sw.js", "max-age=3600")).isEqualTo("max-age=3600");
        assertThat(cacheControl("/VAADIN/build/generated-flow-imports.js", "max-age=3600")).isEqualTo("max-age=3600");
    }

    @Test
    void otherHeadersPassUnchanged() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain chain = (req, res) -> ((HttpServletResponse) res).addHeader("Content-Encoding", "br");
        filter.doFilter(new MockHttpServletRequest("GET", "/VAADIN/build/indexhtml-B2ng_pUR.js"), response, chain);
        assertThat(response.getHeader("Content-Encoding")).isEqualTo("br");
    }

    private String cacheControl(String uri, String vaadinsValue) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain staticFileServer = (req, res) -> ((HttpServletResponse) res).setHeader("Cache-Control", vaadinsValue);
        filter.doFilter(new MockHttpServletRequest("GET", uri), response, staticFileServer);
        return response.getHeader("Cache-Control");
    }
}
