package dev.trackboard.embedded.discord;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.LoopbackRequests;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Changes "Discord's" memberships, for tests and demos of losing access (someone loses Manage
 * Server, leaves a guild). Answers only loopback callers that name a loopback host
 * ({@link LoopbackRequests}); everyone else gets a plain 404.
 */
@RestController
@RequestMapping("/embedded/discord/admin/guilds/{guildId}/members/{userId}")
@ConditionalOnEmbeddedMode
class DiscordAdminController {

    private static final String SNOWFLAKE = "[0-9]{17,20}";

    private final DiscordDirectory directory;

    DiscordAdminController(DiscordDirectory directory) {
        this.directory = directory;
    }

    @PutMapping
    ResponseEntity<Void> put(HttpServletRequest request, @PathVariable String guildId, @PathVariable String userId,
                             @RequestBody Map<String, Object> body) {
        Object permissions = body.get("permissions");
        if (!LoopbackRequests.allowed(request) || !guildId.matches(SNOWFLAKE) || !userId.matches(SNOWFLAKE)) {
            return ResponseEntity.notFound().build();
        }
        if (!(permissions instanceof String value) || !value.matches("[0-9]{1,40}")
                || !directory.guildExists(guildId) || directory.user(userId).isEmpty()) {
            return ResponseEntity.badRequest().build();
        }
        directory.putMember(guildId, userId, value);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping
    ResponseEntity<Void> delete(HttpServletRequest request, @PathVariable String guildId, @PathVariable String userId) {
        if (!LoopbackRequests.allowed(request) || !directory.removeMember(guildId, userId)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.noContent().build();
    }
}
