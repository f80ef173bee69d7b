package dev.trackboard.api.status;

import java.io.Serializable;
import java.time.Instant;

/** One stretch of the bot's status history (a piece of the uptime bar). */
public record StatusSegment(BotState state, Instant from, Instant to) implements Serializable {
}
