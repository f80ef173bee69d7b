package dev.trackboard.embedded.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * A plausible last day for a fresh demo database, so the uptime bar is not empty on first start:
 * online for 24 h with a short outage or two, the same for a guild on every fresh start.
 */
final class HistorySeed {

    private HistorySeed() {
    }

    static void write(BotStatusBoard board, String guildId, Instant now) {
        Random random = new Random(Long.parseLong(guildId));
        Instant start = now.minus(Duration.ofHours(25));
        board.record(guildId, BotState.ONLINE, start, "Gateway connected");
        int outages = 1 + random.nextInt(2);
        for (int i = 0; i < outages; i++) {
            Instant at = start.plus(Duration.ofMinutes(90 + random.nextInt(20 * 60)));
            BotState state = random.nextBoolean() ? BotState.OFFLINE : BotState.DEGRADED;
            board.record(guildId, state, at, "Gateway connection lost (close code 1006)");
            board.record(guildId, BotState.ONLINE, at.plus(Duration.ofMinutes(4 + random.nextInt(25))), "Gateway resumed");
        }
    }
}
