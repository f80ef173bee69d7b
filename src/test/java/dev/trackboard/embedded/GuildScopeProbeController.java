package dev.trackboard.embedded;

import dev.trackboard.embedded.access.AuthorizedGuild;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A guild-scoped write endpoint that exists only in tests, standing in for the writes later issues
 * add (settings, accounts, ...): it shows that the reusable guild check guards any new endpoint and
 * asks Discord afresh on every non-GET request.
 */
@TestConfiguration(proxyBeanMethods = false)
@RestController
@TrackingApi
public class GuildScopeProbeController {

    @PostMapping("/api/v1/guilds/{guildId}/test-probe")
    Map<String, String> probe(AuthorizedGuild guild) {
        return Map.of("id", guild.id(), "access", guild.access().name());
    }
}
