package dev.trackboard.embedded.demo;

import java.time.Instant;
import java.util.List;

/**
 * The demo world of embedded mode (DESIGN.md §2, "Demo fixtures"). Tests, docs and checks rely on
 * these exact ids, names and rights.
 */
final class DemoFixtures {

    static final String ALICE = "100000000000000001";
    static final String BOB = "100000000000000002";
    static final String CAROL = "100000000000000003";
    /** Owners of the guilds none of the three sign-in users owns; they cannot sign in. */
    static final String DANA = "100000000000000004";
    static final String EMIL = "100000000000000005";

    static final String ACME = "200000000000000001";
    static final String NIMBUS = "200000000000000002";
    static final String ORBIT = "200000000000000003";
    static final String LUMEN = "200000000000000004";
    static final String QUIET = "200000000000000005";

    /** signIn: offered on the emulator's sign-in page. */
    record User(String id, String username, String globalName, boolean signIn) { }

    /** botJoinedAt null: the bot is not installed there. */
    record Guild(int number, String id, String name, String ownerId, int memberCount, int presenceCount,
                 Instant botJoinedAt, String extraChannel, String extraRole) { }

    record Member(String guildId, String userId, String permissions) { }

    static final List<User> USERS = List.of(
            new User(ALICE, "alice", "Alice Lindqvist", true),
            new User(BOB, "bob", "Bob Okafor", true),
            new User(CAROL, "carol", "Carol Mendes", true),
            new User(DANA, "dana", "Dana Whitfield", false),
            new User(EMIL, "emil", "Emil Sato", false));

    static final List<Guild> GUILDS = List.of(
            new Guild(1, ACME, "Acme Creators", ALICE, 12_840, 3_121,
                    Instant.parse("2024-03-14T09:30:00Z"), "creator-collabs", "Creator"),
            new Guild(2, NIMBUS, "Nimbus Studio", DANA, 845, 212,
                    Instant.parse("2024-06-02T18:05:00Z"), "renders", "Artist"),
            new Guild(3, ORBIT, "Orbit Esports", DANA, 23_410, 5_012,
                    Instant.parse("2025-01-20T12:00:00Z"), "match-results", "Player"),
            new Guild(4, LUMEN, "Lumen Guild", EMIL, 312, 64,
                    Instant.parse("2025-05-09T07:45:00Z"), "lore", "Lorekeeper"),
            new Guild(5, QUIET, "Quiet Corner", ALICE, 27, 5, null, null, null));

    static final List<Member> MEMBERS = List.of(
            new Member(ACME, ALICE, DemoPermissions.OWNER),
            new Member(NIMBUS, ALICE, DemoPermissions.ADMINISTRATOR),
            new Member(ORBIT, ALICE, DemoPermissions.MANAGE_GUILD),
            new Member(LUMEN, ALICE, DemoPermissions.PLAIN),
            new Member(QUIET, ALICE, DemoPermissions.OWNER),
            new Member(NIMBUS, BOB, DemoPermissions.MANAGE_GUILD),
            new Member(ACME, BOB, DemoPermissions.PLAIN),
            new Member(ACME, CAROL, DemoPermissions.PLAIN),
            new Member(NIMBUS, DANA, DemoPermissions.OWNER),
            new Member(ORBIT, DANA, DemoPermissions.OWNER),
            new Member(LUMEN, EMIL, DemoPermissions.OWNER),
            new Member(LUMEN, CAROL, DemoPermissions.PLAIN_BEYOND_2_POW_53));

    private DemoFixtures() {
    }
}
