package dev.trackboard.embedded.tracking;

import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Checks an account as entered: platform from the fixed set, its handle rules, no duplicate, a brand of this guild. */
final class AccountValidation {

    record Valid(Platform platform, String handle, String handleKey, String displayName, Long brandId, String status) { }

    private final JdbcClient jdbc;

    AccountValidation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Valid check(String guildId, AccountStore.AccountInput input, long exceptId) {
        FieldCheck check = new FieldCheck();
        Platform platform = Platform.parse(input.platform()).orElse(null);
        if (platform == null) {
            check.fail("platform", "choose one of X, INSTAGRAM, TIKTOK, YOUTUBE, TWITCH, BLUESKY");
        }
        String handle = check.text("handle", input.handle(), 253);
        if (handle != null && platform != null) {
            handle = platform.normalise(handle);
            if (!platform.accepts(handle)) {
                check.fail("handle", "not a valid " + platform.name() + " handle: " + platform.rule());
            }
        }
        String displayName = input.displayName() == null || input.displayName().isBlank()
                ? handle : check.name("displayName", input.displayName(), 100);
        Long brandId = brand(guildId, input.brandId(), check);
        String status = input.status() == null || input.status().isBlank() ? "ACTIVE" : input.status().toUpperCase(Locale.ROOT);
        if (!status.equals("ACTIVE") && !status.equals("PAUSED")) {
            check.fail("status", "must be ACTIVE or PAUSED");
        }
        if (!check.failed("platform") && !check.failed("handle")) {
            boolean duplicate = jdbc.sql("""
                    SELECT COUNT(*) FROM trk_account WHERE guild_id = ? AND platform = ? AND handle_key = ? AND id <> ?""")
                    .params(guildId, platform.name(), handle.toLowerCase(Locale.ROOT), exceptId).query(Long.class).single() > 0;
            if (duplicate) {
                check.fail("handle", "this account is already tracked");
            }
        }
        check.throwIfFailed();
        return new Valid(platform, handle, handle.toLowerCase(Locale.ROOT), displayName, brandId, status);
    }

    private Long brand(String guildId, String raw, FieldCheck check) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(raw.strip());
            boolean ours = jdbc.sql("SELECT COUNT(*) FROM trk_brand WHERE id = ? AND guild_id = ?")
                    .params(id, guildId).query(Long.class).single() > 0;
            if (ours) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        check.fail("brandId", "no such brand in this guild");
        return null;
    }
}
