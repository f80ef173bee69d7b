package dev.trackboard.api.sessions;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code trackboard.sessions.*} settings of a dashboard node (decision 0150).
 *
 * @param nodeCredential what the node shows the API to read its session event stream
 *     ({@code TRACKBOARD_SESSIONS_NODE_CREDENTIAL}; the API's own setting must hold the same value).
 *     Embedded mode sets it to its API's. Without it, sessions revoked elsewhere end on this node
 *     only at their next API call.
 * @param reconnectMin the first wait before reconnecting a broken stream; it doubles per failure
 * @param reconnectMax the longest wait between reconnects
 */
@ConfigurationProperties("trackboard.sessions")
public record SessionEventsProperties(
        String nodeCredential,
        @DefaultValue("500ms") Duration reconnectMin,
        @DefaultValue("30s") Duration reconnectMax) {
}
