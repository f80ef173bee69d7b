package dev.trackboard.sessions.ui;

import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * An IP address as people write it: IPv6 in its short form (RFC 5952, section 4: {@code ::1}, not
 * the servlet container's {@code 0:0:0:0:0:0:0:1}). Anything that is not an address literal, or
 * carries a zone, is shown as it came; nothing is ever looked up.
 */
final class IpAddressText {

    private IpAddressText() {
    }

    static String of(String address) {
        if (address == null || address.indexOf(':') < 0 || address.indexOf('%') >= 0) {
            return address;
        }
        InetAddress parsed;
        try {
            parsed = InetAddress.ofLiteral(address);
        } catch (IllegalArgumentException notALiteral) {
            return address;
        }
        return parsed instanceof Inet6Address ipv6 ? shortForm(ipv6.getAddress()) : parsed.getHostAddress();
    }

    private static String shortForm(byte[] bytes) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (bytes[2 * i] & 0xff) << 8 | bytes[2 * i + 1] & 0xff;
        }
        // the longest run of two or more zero groups becomes "::" (the first of equally long runs)
        int runStart = -1;
        int runLength = 1;
        for (int i = 0; i < 8; ) {
            int end = i;
            while (end < 8 && groups[end] == 0) {
                end++;
            }
            if (end - i > runLength) {
                runStart = i;
                runLength = end - i;
            }
            i = end == i ? i + 1 : end;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == runStart) {
                text.append("::");
                i += runLength - 1;
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
