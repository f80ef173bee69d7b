package dev.trackboard.api.status;

import java.io.Serializable;

/** Something wrong with the bot's setup in a guild; {@code code} may be one this client does not know yet. */
public record HealthWarning(String code, String severity, String channelId, String channelName, String permission)
        implements Serializable {
}
