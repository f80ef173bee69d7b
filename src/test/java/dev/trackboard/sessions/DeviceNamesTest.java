package dev.trackboard.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Device names as the sessions screen shows them, from real User-Agents of the browsers people use. */
class DeviceNamesTest {

    private final DeviceNames names = new DeviceNames();

    @Test
    void desktopBrowsers() {
        assertThat(names.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/131.0.0.0 Safari/537.36")).isEqualTo(new Device("Chrome 131", "Windows 10", false));
        assertThat(names.of("Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:133.0) Gecko/20100101 Firefox/133.0"))
                .isEqualTo(new Device("Firefox 133", "Mac OS X 10.15", false));
        assertThat(names.of("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "HeadlessChrome/131.0.0.0 Safari/537.36").os()).isEqualTo("Linux");
    }

    @Test
    void phones() {
        Device iphone = names.of("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1");
        assertThat(iphone).isEqualTo(new Device("Mobile Safari 17", "iOS 17.1", true));
        Device android = names.of("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/131.0.0.0 Mobile Safari/537.36");
        assertThat(android.browser()).isEqualTo("Chrome Mobile 131");
        assertThat(android.os()).isEqualTo("Android 14");
        assertThat(android.mobile()).isTrue();
    }

    @Test
    void nothingOrNonsenseIsAnUnknownDevice() {
        assertThat(names.of(null)).isEqualTo(Device.UNKNOWN);
        assertThat(names.of("  ")).isEqualTo(Device.UNKNOWN);
        assertThat(names.of("JUnit")).isEqualTo(Device.UNKNOWN);
    }

    /** Sessions screens load on many threads at once: every thread gets what one thread alone gets. */
    @Test
    void manyThreadsAtOnceGetTheSameNamesAsOne() throws Exception {
        List<String> agents = IntStream.range(0, 300).mapToObj(i -> "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
                + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + (60 + i % 80) + ".0." + i + ".0 Safari/537.36").toList();
        Map<String, Device> alone = new HashMap<>();
        DeviceNames reference = new DeviceNames();
        agents.forEach(agent -> alone.put(agent, reference.of(agent)));
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                results.add(threads.submit(() -> {
                    boolean same = true;
                    for (int i = 0; i < 3_000; i++) {
                        String agent = agents.get((i * 7 + offset * 31) % agents.size());
                        same &= alone.get(agent).equals(names.of(agent));
                    }
                    return same;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isTrue();
            }
        }
    }
}
