package dev.trackboard.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryStringTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "account=abc&q=giveaway",
            "q=%E2%9C%93&from=2026-01-01",
            "q=a+b%20c",
            "q=%00",
            "flag&&other=",
            "q=%F0%9F%98%80",
    })
    void aQueryTheContainerCanReadStaysAsItIs(String raw) {
        QueryString query = new QueryString(raw);
        assertThat(query.decodable()).isTrue();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "q=%zz&platform=x | platform=x",
            "q=%|''",
            "q=%4&sort=likes | sort=likes",
            "q=%ED%A0%80&account=1 | account=1",     // an encoded surrogate is no UTF-8
            "q=%C0%AF | ''",                         // an overlong encoding neither
            "dir=%FF&sort=likes%00 | sort=likes%00",
            "a&&&=&=b&account | a&account",          // names must not be empty
            "q=%D9%A3%zz | ''",
            "q=%e2%9c | ''",                         // a cut-off character
    })
    void theUnreadablePartsAreDroppedAndTheRestKept(String raw, String kept) {
        QueryString query = new QueryString(raw);
        assertThat(query.decodable()).isFalse();
        assertThat(query.decodableParts()).isEqualTo(kept);
    }

    @org.junit.jupiter.api.Test
    void moreParametersThanAnyScreenReadsAreCutToTheLimit() {
        String raw = "p=1&".repeat(QueryString.MAX_PARTS + 50);
        QueryString query = new QueryString(raw);
        assertThat(query.decodable()).isFalse();
        assertThat(query.decodableParts().split("&")).hasSize(QueryString.MAX_PARTS);
        assertThat(new QueryString("p=1&".repeat(QueryString.MAX_PARTS)).decodable()).isTrue();
    }
}
