package dev.trackboard.embedded.status;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.LoopbackRequests;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /embedded/bot/{guildId}/status} with {@code {"state":"OFFLINE"|"DEGRADED"|"ONLINE"}}:
 * changes the simulated bot's status at once, for demos and tests. Exists in embedded mode only and
 * answers only loopback callers that name a loopback host ({@link LoopbackRequests}); everyone else
 * gets a plain 404, as if it did not exist.
 */
@RestController
@ConditionalOnEmbeddedMode
class BotStatusHookController {

    private final BotSimulator simulator;

    BotStatusHookController(BotSimulator simulator) {
        this.simulator = simulator;
    }

    @PostMapping("/embedded/bot/{guildId}/status")
    ResponseEntity<Void> force(HttpServletRequest request, @PathVariable String guildId,
                               @RequestBody(required = false) Map<String, Object> body) {
        if (!LoopbackRequests.allowed(request) || !guildId.matches("[0-9]{17,20}")) {
            return ResponseEntity.notFound().build();
        }
        BotState state;
        try {
            state = BotState.valueOf(String.valueOf(body == null ? null : body.get("state")));
        } catch (IllegalArgumentException unknown) {
            return ResponseEntity.badRequest().build();
        }
        return simulator.force(guildId, state) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }
}
