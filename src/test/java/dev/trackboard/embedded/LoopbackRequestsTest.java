package dev.trackboard.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

class LoopbackRequestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:8080", "LOCALHOST:8080", "127.0.0.1", "127.0.0.1:18100",
            "127.1.2.3:80", "[::1]", "[::1]:8080"})
    void aLoopbackCallerNamingALoopbackHostIsAllowed(String host) {
        assertThat(LoopbackRequests.allowed(request("127.0.0.1", host))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"attacker.example", "attacker.example:8080", "localhost.attacker.example",
            "127.0.0.1.nip.io:8080", "192.0.2.10:8080", "0.0.0.0:8080", "[::1", "[::1]x", "[2001:db8::1]:80", " ", ""})
    void aLoopbackCallerNamingAnyOtherHostIsRefused(String host) {
        assertThat(LoopbackRequests.allowed(request("127.0.0.1", host))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.10", "10.0.0.1", "not-an-address"})
    void aRemoteCallerIsRefusedWhateverItsHostHeader(String remote) {
        assertThat(LoopbackRequests.allowed(request(remote, "localhost:8080"))).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aRequestWithoutHostIsRefused() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("127.0.0.1");
        assertThat(LoopbackRequests.allowed(request)).isFalse();
    }

    private static MockHttpServletRequest request(String remote, String host) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(remote);
        request.addHeader("Host", host);
        return request;
    }
}
