package dev.trackboard.sessions;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import ua_parser.Client;
import ua_parser.Parser;

/**
 * Browser and operating system from a User-Agent, by uap-java with the uap-core patterns it ships
 * (docs/decisions/0152). The patterns are compiled once per node; answers are cached (a user has a
 * handful of sessions, and the same browsers come back) in Caffeine, not in uap-java's
 * {@code CachingParser}: that one's LRU map is not thread-safe, and sessions screens load on many
 * threads at once.
 */
@Component
public class DeviceNames {

    private static final String OTHER = "Other";

    private final Parser parser = new Parser();
    private final Cache<String, Device> devices = Caffeine.newBuilder().maximumSize(1_000).build();

    public Device of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return Device.UNKNOWN;
        }
        return devices.get(userAgent, this::parse);
    }

    private Device parse(String userAgent) {
        Client client = parser.parse(userAgent);
        String browser = named(client.userAgent.family, client.userAgent.major, client.userAgent.minor, false);
        String os = named(client.os.family, client.os.major, client.os.minor, true);
        // the device family names hardware ("Mac", "iPhone", "Spider"), not its kind: go by browser and OS
        boolean mobile = client.userAgent.family.contains("Mobile") || "Android".equals(client.os.family)
                || "iOS".equals(client.os.family);
        return new Device(browser, os, mobile);
    }

    /** "Chrome 131", "macOS 10.15", "Windows 10"; null for what the patterns do not know. */
    private static String named(String family, String major, String minor, boolean withMinor) {
        if (family == null || OTHER.equals(family)) {
            return null;
        }
        if (major == null || major.isBlank()) {
            return family;
        }
        return withMinor && minor != null && !minor.isBlank() ? family + " " + major + "." + minor : family + " " + major;
    }
}
