package dev.trackboard.testing;

/** The demo fixtures of DESIGN.md §2, by name. */
public final class Demo {

    public static final String ACME = "200000000000000001";
    public static final String NIMBUS = "200000000000000002";
    public static final String ORBIT = "200000000000000003";
    public static final String LUMEN = "200000000000000004";
    public static final String QUIET = "200000000000000005";
    /** A well-formed guild id that no demo guild has. */
    public static final String MISSING = "299999999999999999";

    /**
     * Demo posts of the applications under test (the default demo has 20,000 and 5,000): enough for
     * paging across many anchors, cheap to generate once per test JVM. Acme Creators has six
     * hand-written hostile posts on top, dated the day the bot joined (older than every generated one).
     */
    public static final int ACME_POSTS = 3_000;
    public static final int GUILD_POSTS = 1_200;
    public static final int HOSTILE_POSTS = 6;

    public static final String ALICE = "100000000000000001";
    public static final String BOB = "100000000000000002";
    public static final String CAROL = "100000000000000003";

    private Demo() {
    }
}
