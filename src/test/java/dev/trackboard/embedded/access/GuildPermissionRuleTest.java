package dev.trackboard.embedded.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class GuildPermissionRuleTest {

    @Test
    void ownerWithoutAnyPermissionBitsMayOpen() {
        assertThat(GuildPermissionRule.access(true, "0")).isEqualTo(GuildAccess.OWNER);
        assertThat(GuildPermissionRule.mayOpen(true, true, "0")).isTrue();
    }

    @Test
    void administratorOnlyMayOpen() {
        assertThat(GuildPermissionRule.access(false, "8")).isEqualTo(GuildAccess.ADMINISTRATOR);
        assertThat(GuildPermissionRule.mayOpen(true, false, "8")).isTrue();
    }

    @Test
    void manageGuildOnlyMayOpen() {
        assertThat(GuildPermissionRule.access(false, "32")).isEqualTo(GuildAccess.MANAGE_GUILD);
        assertThat(GuildPermissionRule.mayOpen(true, false, "32")).isTrue();
    }

    @Test
    void administratorIsTheStrongerRightWhenBothAreHeld() {
        assertThat(GuildPermissionRule.access(false, "40")).isEqualTo(GuildAccess.ADMINISTRATOR);
    }

    @Test
    void ordinaryPermissionsGrantNothing() {
        // VIEW_CHANNEL | SEND_MESSAGES | MANAGE_CHANNELS (0x10) | KICK_MEMBERS (0x2): neighbours of the bits that count
        String value = String.valueOf((1L << 10) | (1L << 11) | 0x10 | 0x2);
        assertThat(GuildPermissionRule.access(false, value)).isEqualTo(GuildAccess.NONE);
        assertThat(GuildPermissionRule.mayOpen(true, false, value)).isFalse();
    }

    @Test
    void withoutTheBotNobodyMayOpen() {
        assertThat(GuildPermissionRule.mayOpen(false, true, "8")).isFalse();
    }

    @Test
    void valuesBeyondTwoToThe53AreExact() {
        // 2^53 + 32: a double would round away the MANAGE_GUILD bit
        String manage = BigInteger.TWO.pow(53).add(BigInteger.valueOf(32)).toString();
        String plain = BigInteger.TWO.pow(53).add(BigInteger.ONE).toString();
        assertThat(GuildPermissionRule.access(false, manage)).isEqualTo(GuildAccess.MANAGE_GUILD);
        assertThat(GuildPermissionRule.access(false, plain)).isEqualTo(GuildAccess.NONE);
    }

    @Test
    void valuesBeyondTwoToThe64AreExact() {
        String admin = BigInteger.TWO.pow(70).setBit(3).toString();
        String plain = BigInteger.TWO.pow(70).setBit(64 + 3).toString();
        assertThat(GuildPermissionRule.access(false, admin)).isEqualTo(GuildAccess.ADMINISTRATOR);
        assertThat(GuildPermissionRule.access(false, plain)).isEqualTo(GuildAccess.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 8", "8 ", "-8", "+8", "0x8", "8.0", "1e3", "eight", "８", "99999999999999999999999999999999999999999999999999999999999999999999"})
    void malformedPermissionsGrantNothing(String value) {
        assertThat(GuildPermissionRule.access(false, value)).isEqualTo(GuildAccess.NONE);
        assertThat(GuildPermissionRule.mayOpen(true, false, value)).isFalse();
    }

    @Test
    void missingPermissionsGrantNothing() {
        assertThat(GuildPermissionRule.access(false, null)).isEqualTo(GuildAccess.NONE);
    }
}
