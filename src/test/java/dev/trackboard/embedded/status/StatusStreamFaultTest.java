package dev.trackboard.embedded.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.trackboard.api.ApiSession;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.SessionClient;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.EmbeddedAppTest;
import dev.trackboard.embedded.TestHttp;
import dev.trackboard.status.BotStatusBroadcaster;
import dev.trackboard.status.StatusUpdate;
import dev.trackboard.testing.Demo;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The dashboard's real broadcaster against the real embedded stream when the stream breaks. */
@EmbeddedAppTest
class StatusStreamFaultTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    StatusStreams streams;
    @Autowired
    BotStatusBroadcaster broadcaster;
    @Autowired
    SessionClient api;

    @Test
    void aDroppedStreamShowsStaleAndRecoversByItself() {
        ApiSession session = api.startSession(new DemoSignIn(new TestHttp(port), port).discordAccessToken("alice"),
                "fault test", "127.0.0.1");
        GuildId orbit = new GuildId(Demo.ORBIT);
        List<StatusUpdate.Freshness> seen = new CopyOnWriteArrayList<>();
        BotStatusBroadcaster.Subscription subscription = broadcaster.subscribe(orbit, session,
                update -> seen.add(update.freshness()));
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> seen.contains(StatusUpdate.Freshness.LIVE));
            long opens = broadcaster.upstreamOpens();

            streams.endAll();

            await().atMost(Duration.ofSeconds(10)).until(() -> seen.contains(StatusUpdate.Freshness.STALE));
            int stale = seen.lastIndexOf(StatusUpdate.Freshness.STALE);
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    seen.subList(stale, seen.size()).contains(StatusUpdate.Freshness.LIVE));
            assertThat(broadcaster.upstreamOpens()).isGreaterThan(opens);
        } finally {
            subscription.cancel();
        }
    }
}
