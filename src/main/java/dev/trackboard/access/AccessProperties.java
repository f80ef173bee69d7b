package dev.trackboard.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code trackboard.access.*} settings: the dashboard's share of the 60 s access budget (see
 * docs/decisions/0040-access-budget.md).
 *
 * @param recheckInterval how often the dashboard asks the API again whether a user may still open a
 *                        guild they have a screen open on
 */
@ConfigurationProperties("trackboard.access")
public record AccessProperties(@DefaultValue("20s") Duration recheckInterval) {
}
