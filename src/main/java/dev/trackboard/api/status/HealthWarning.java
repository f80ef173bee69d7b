package dev.trackboard.api.status;

import java.io.Serializable;

/**
 * Something wrong with the bot's setup in a guild; {@code code} may be one this client does not know
 * yet. {@code field}: the setting that fixes it (an API field name of the settings), when a setting does.
 */
public record HealthWarning(String code, String severity, String field, String channelId, String channelName,
                            String roleId, String roleName, String permission) implements Serializable {

    /** A warning no setting fixes and that names no role (the bot's own and the quota's). */
    public HealthWarning(String code, String severity, String channelId, String channelName, String permission) {
        this(code, severity, null, channelId, channelName, null, null, permission);
    }
}
