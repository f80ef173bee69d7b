package dev.trackboard.status;

import dev.trackboard.api.GuildId;
import dev.trackboard.api.status.BotStatusClient;
import dev.trackboard.api.status.GuildUsage;
import dev.trackboard.api.status.HealthWarning;
import dev.trackboard.api.status.StatusSegment;
import dev.trackboard.security.CurrentUser;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * The bot's status, usage and health in a guild for the signed-in user. Reads go to the API with
 * the user's token (the API checks the guild on every call); live updates come through the shared
 * {@link BotStatusBroadcaster}.
 */
@Service
public class BotStatusService {

    public static final int USAGE_DAYS = 30;
    public static final int HISTORY_HOURS = 24;

    private final BotStatusClient api;
    private final BotStatusBroadcaster broadcaster;
    private final CurrentUser currentUser;

    BotStatusService(BotStatusClient api, BotStatusBroadcaster broadcaster, CurrentUser currentUser) {
        this.api = api;
        this.broadcaster = broadcaster;
        this.currentUser = currentUser;
    }

    public List<StatusSegment> history(GuildId guildId) {
        return api.history(currentUser.apiSession(), guildId, HISTORY_HOURS);
    }

    public GuildUsage usage(GuildId guildId) {
        return api.usage(currentUser.apiSession(), guildId, USAGE_DAYS);
    }

    public List<HealthWarning> health(GuildId guildId) {
        return api.health(currentUser.apiSession(), guildId);
    }

    /**
     * Live updates of the guild's status for a screen the user has just been allowed to open. Call
     * from the UI thread (it reads the signed-in user); the consumer is called on other threads.
     */
    public BotStatusBroadcaster.Subscription watch(GuildId guildId, Consumer<StatusUpdate> consumer) {
        return broadcaster.subscribe(guildId, currentUser.apiSession(), consumer);
    }
}
