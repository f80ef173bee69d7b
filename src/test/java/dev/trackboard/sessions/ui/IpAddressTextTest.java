package dev.trackboard.sessions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Addresses on the sessions screen in the form people write them (RFC 5952). */
class IpAddressTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0:0:0:0:0:0:0:1|::1",
            "0:0:0:0:0:0:0:0|::",
            "fd00:0:0:0:0:0:0:12|fd00::12",
            "2001:DB8:0:0:1:0:0:1|2001:db8::1:0:0:1",
            "2001:db8:0:1:1:1:1:1|2001:db8:0:1:1:1:1:1",
            "1:0:0:0:0:0:0:0|1::",
            "0:0:0:0:0:ffff:a00:1|10.0.0.1",
            "10.0.0.12|10.0.0.12",
            "fe80:0:0:0:0:0:0:1%eth0|fe80:0:0:0:0:0:0:1%eth0",
            "not an address|not an address"})
    void showsTheShortForm(String given, String shown) {
        assertThat(IpAddressText.of(given)).isEqualTo(shown);
    }

    @Test
    void unknownStaysUnknown() {
        assertThat(IpAddressText.of(null)).isNull();
    }
}
