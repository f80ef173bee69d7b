package dev.trackboard.embedded;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code trackboard.embedded.*} settings. Bound by {@link EmbeddedConfiguration} (not by the
 * application's properties scan) so that the bean exists in embedded mode only.
 *
 * @param discordApiBaseUrl where the embedded API reaches Discord's REST API (relative = this app)
 * @param botClientId the bot application's client id, put into JWTs and invite links
 * @param issuer the {@code iss} of the API's JWTs
 * @param accessTokenLifetime lifetime of an API access token
 * @param permissionMaxAge how old the Discord guild data behind a read's access decision may be (the
 *                         API's share of the 60 s access budget, docs/decisions/0040-access-budget.md)
 * @param largeGuildPosts demo posts generated for Acme Creators ({@code 1000000} for scale tests)
 * @param guildPosts demo posts generated for each other guild with the bot
 * @param largeGuildAuditEntries synthetic audit entries added once for Acme Creators ({@code 1000000}
 *     for the audit paging benchmark; 0 = only the realistic demo history)
 * @param concurrentPages dashboard requests served at once; more wait, the in-process backends never
 *     do (see {@link BackendFirstFilter})
 * @param pageQueueWait how long a dashboard request waits for its turn before a 503
 * @param nodeCredential what a dashboard node shows to read the session event stream
 *     ({@code GET /sessions/events}); generated per data directory unless set (decision 0150)
 */
public record EmbeddedProperties(
        String discordApiBaseUrl,
        String botClientId,
        @DefaultValue("trackboard-embedded-api") String issuer,
        @DefaultValue("5m") Duration accessTokenLifetime,
        @DefaultValue("20s") Duration permissionMaxAge,
        @DefaultValue("2s") Duration discordConnectTimeout,
        @DefaultValue("5s") Duration discordReadTimeout,
        @DefaultValue("20000") int largeGuildPosts,
        @DefaultValue("5000") int guildPosts,
        @DefaultValue("0") int largeGuildAuditEntries,
        @DefaultValue("8") int concurrentPages,
        @DefaultValue("60s") Duration pageQueueWait,
        String nodeCredential) {
}
