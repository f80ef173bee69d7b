package dev.trackboard.guild.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A guild page goes out as soon as it is written, not after what the session's unlock does next. */
class GuildPrefetchFilterTest {

    @Test
    void theWrittenPageIsSentBeforeTheServletReturns() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/guilds/200000000000000001");
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicBoolean sentBeforeUnlock = new AtomicBoolean();
        FilterChain vaadin = (req, res) -> {
            res.getOutputStream().write("<!doctype html>…".getBytes(StandardCharsets.UTF_8)); // one write, as Vaadin does
            sentBeforeUnlock.set(response.isCommitted()); // the unlock would run background results now
        };

        new GuildPrefetchFilter(null).doFilter(request, response, vaadin);

        assertThat(sentBeforeUnlock).as("committed right after the page was written").isTrue();
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<!doctype html>…");
    }
}
