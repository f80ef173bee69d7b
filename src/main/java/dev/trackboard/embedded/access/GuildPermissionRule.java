package dev.trackboard.embedded.access;

import java.math.BigInteger;

/**
 * Who may open a guild in Trackboard (DESIGN.md §2): the bot is installed there AND the user owns
 * the guild or holds ADMINISTRATOR (0x8) or MANAGE_GUILD (0x20). Discord sends permissions as a
 * decimal string whose flag set keeps growing past 2^53 and 2^64, so it is parsed as a BigInteger;
 * anything that is not a plain non-negative decimal number grants nothing.
 */
public final class GuildPermissionRule {

    static final int ADMINISTRATOR_BIT = 3;
    static final int MANAGE_GUILD_BIT = 5;
    private static final int MAX_DIGITS = 64;

    private GuildPermissionRule() {
    }

    /** The strongest managing right, or NONE. */
    public static GuildAccess access(boolean owner, String permissions) {
        if (owner) {
            return GuildAccess.OWNER;
        }
        BigInteger bits = parse(permissions);
        if (bits.testBit(ADMINISTRATOR_BIT)) {
            return GuildAccess.ADMINISTRATOR;
        }
        if (bits.testBit(MANAGE_GUILD_BIT)) {
            return GuildAccess.MANAGE_GUILD;
        }
        return GuildAccess.NONE;
    }

    public static boolean mayOpen(boolean botInstalled, boolean owner, String permissions) {
        return botInstalled && access(owner, permissions).canManage();
    }

    private static BigInteger parse(String permissions) {
        if (permissions == null || permissions.isEmpty() || permissions.length() > MAX_DIGITS) {
            return BigInteger.ZERO;
        }
        for (int i = 0; i < permissions.length(); i++) {
            char c = permissions.charAt(i);
            if (c < '0' || c > '9') {
                return BigInteger.ZERO;
            }
        }
        return new BigInteger(permissions);
    }
}
