package dev.trackboard.status;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The live status's share of the node's meters: how many tabs are subscribed, how many upstream
 * streams they need (one per watched guild, DESIGN.md §4 — an operator checks that it stays so), and
 * how often those streams were (re)opened.
 */
@Component
class StatusMeters {

    StatusMeters(BotStatusBroadcaster broadcaster, ObjectProvider<MeterRegistry> meters) {
        meters.ifAvailable(registry -> {
            Gauge.builder("trackboard.status.subscribers", broadcaster, BotStatusBroadcaster::subscribers)
                    .description("Push subscribers of the live bot status on this node").register(registry);
            Gauge.builder("trackboard.status.streams", broadcaster, BotStatusBroadcaster::watchedGuilds)
                    .description("Upstream status streams open on this node (one per watched guild)").register(registry);
            FunctionCounter.builder("trackboard.status.stream.opens", broadcaster, BotStatusBroadcaster::upstreamOpens)
                    .description("Upstream status streams opened since start, reconnects included").register(registry);
        });
    }
}
