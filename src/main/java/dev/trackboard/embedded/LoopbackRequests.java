package dev.trackboard.embedded;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.util.Locale;
import org.springframework.http.HttpHeaders;

/**
 * Decides whether a request may use a loopback-only hook (test and demo switches). The caller must
 * be on this machine <em>and</em> have addressed it by a loopback name: a web page on some other site
 * can make a local browser send requests here after pointing its own DNS name at 127.0.0.1 (DNS
 * rebinding); those arrive from loopback but carry the foreign name in {@code Host}.
 */
public final class LoopbackRequests {

    private LoopbackRequests() {
    }

    public static boolean allowed(HttpServletRequest request) {
        return isLoopbackLiteral(request.getRemoteAddr()) && isLoopbackHost(request.getHeader(HttpHeaders.HOST));
    }

    /** {@code localhost}, {@code 127.x.x.x} or {@code [::1]}, with or without a port. */
    static boolean isLoopbackHost(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return false;
        }
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            if (end < 0 || !(end == host.length() - 1 || host.charAt(end + 1) == ':')) {
                return false;
            }
            host = host.substring(1, end);
        } else if (host.indexOf(':') >= 0) {
            host = host.substring(0, host.indexOf(':'));
        }
        return "localhost".equals(host) || isLoopbackLiteral(host);
    }

    /** Never a DNS lookup: only an address literal can qualify. */
    private static boolean isLoopbackLiteral(String address) {
        if (address == null) {
            return false;
        }
        try {
            return InetAddress.ofLiteral(address).isLoopbackAddress();
        } catch (IllegalArgumentException notALiteral) {
            return false;
        }
    }
}
