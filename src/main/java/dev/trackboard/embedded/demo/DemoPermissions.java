package dev.trackboard.embedded.demo;

import java.math.BigInteger;

/** Discord permission values of the demo members, as Discord reports them (decimal strings). */
final class DemoPermissions {

    /** What an ordinary member of a community server usually has; no ADMINISTRATOR, no MANAGE_GUILD. */
    static final BigInteger MEMBER = bits(0, 6, 9, 10, 11, 14, 15, 16, 18, 20, 21, 25, 26, 31, 38, 49);

    /** An owner: Discord reports every permission bit it knows. */
    static final String OWNER = BigInteger.ONE.shiftLeft(51).subtract(BigInteger.ONE).toString();

    static final String ADMINISTRATOR = MEMBER.or(bits(3)).toString();

    /** MANAGE_GUILD (0x20) with MANAGE_MESSAGES and MANAGE_ROLES, without ADMINISTRATOR (0x8). */
    static final String MANAGE_GUILD = MEMBER.or(bits(5, 13, 28)).toString();

    static final String PLAIN = MEMBER.toString();

    /**
     * A plain member whose value exceeds 2^53 (PIN_MESSAGES 1<<51 and a not-yet-known 1<<54): a
     * client that parses permissions as a double or long-ish JSON number would get it wrong.
     */
    static final String PLAIN_BEYOND_2_POW_53 = MEMBER.or(bits(51, 54)).toString();

    private DemoPermissions() {
    }

    private static BigInteger bits(int... positions) {
        BigInteger value = BigInteger.ZERO;
        for (int position : positions) {
            value = value.setBit(position);
        }
        return value;
    }
}
