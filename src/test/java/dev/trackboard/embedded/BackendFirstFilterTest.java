package dev.trackboard.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class BackendFirstFilterTest {

    @Test
    void backendRequestsPassWhileEveryDashboardSlotIsTakenAndADashboardRequestWaitsForOne() throws Exception {
        BackendFirstFilter filter = new BackendFirstFilter(1, Duration.ofSeconds(30));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch holding = new CountDownLatch(1);
        Thread slowPage = Thread.ofVirtual().start(() -> run(filter, "/login/oauth2/code/discord", (request, response) -> {
            holding.countDown();
            waitFor(release);
        }));
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

        // the nested calls the slow page waits for are never queued behind it
        assertThat(run(filter, "/api/v1/auth/token", new MockFilterChain()).getStatus()).isEqualTo(200);
        assertThat(run(filter, "/embedded/discord/api/users/@me", new MockFilterChain()).getStatus()).isEqualTo(200);

        AtomicBoolean secondPageServed = new AtomicBoolean();
        Thread secondPage = Thread.ofVirtual().start(() -> run(filter, "/", (request, response) -> secondPageServed.set(true)));
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(5)).untilFalse(secondPageServed);

        release.countDown();
        await().atMost(Duration.ofSeconds(30)).untilTrue(secondPageServed);
        slowPage.join();
        secondPage.join();
    }

    @Test
    void aDashboardRequestThatWaitedTooLongGetsA503WithRetryAfter() throws Exception {
        BackendFirstFilter filter = new BackendFirstFilter(1, Duration.ZERO);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch holding = new CountDownLatch(1);
        Thread slowPage = Thread.ofVirtual().start(() -> run(filter, "/", (request, response) -> {
            holding.countDown();
            waitFor(release);
        }));
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse refused = run(filter, "/guilds/200000000000000001", new MockFilterChain());

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("5");
        release.countDown();
        slowPage.join();
        assertThat(run(filter, "/", new MockFilterChain()).getStatus()).as("the slot is free again").isEqualTo(200);
    }

    private static MockHttpServletResponse run(BackendFirstFilter filter, String path, FilterChain chain) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            filter.doFilter(request, response, chain);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return response;
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
