package dev.trackboard.embedded.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The name rule of decision 0035, character by character (the API test shows it over HTTP). */
class NameTextTest {

    @Test
    void joinersStayInsideEmojiSequencesAndScriptsButGoBetweenLatinLetters() {
        String family = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        String rainbowFlag = "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08";
        String persian = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645";
        assertThat(NameText.clean(family + " fans", 100).value()).isEqualTo(family + " fans");
        assertThat(NameText.clean(rainbowFlag, 100).value()).isEqualTo(rainbowFlag);
        assertThat(NameText.clean(persian, 100).value()).isEqualTo(persian);
        assertThat(NameText.clean("Zero\u200BWidth\u200DBrand", 100).value()).isEqualTo("ZeroWidthBrand");
        assertThat(NameText.clean("\u200D\uD83D\uDC69", 100).value()).isEqualTo("\uD83D\uDC69");
    }

    @Test
    void limitsCountCodePointsAfterCleaning() {
        String hundredEmoji = "\uD83D\uDE80".repeat(100);
        assertThat(NameText.clean(hundredEmoji, 100).value()).isEqualTo(hundredEmoji);
        assertThat(NameText.clean(hundredEmoji + "x", 100).problem()).isEqualTo("must be at most 100 characters");
        assertThat(NameText.clean("a" + "\u200B".repeat(150), 100).value()).isEqualTo("a");
        assertThat(NameText.clean("\u200B".repeat(5000), 100).problem()).isEqualTo("must be at most 100 characters");
    }

    @Test
    void nothingVisibleIsNoName() {
        assertThat(NameText.clean(null, 10).problem()).isEqualTo("is required");
        assertThat(NameText.clean("", 10).problem()).isEqualTo("is required");
        assertThat(NameText.clean("\u2800\u3000\u00A0", 10).problem()).contains("visible character");
        assertThat(NameText.clean("\u0301", 10).problem()).contains("visible character");
        assertThat(NameText.clean("\uE000", 10).value()).isEqualTo("\uE000");
    }

    @Test
    void lookalikesShareASkeletonAndDifferentNamesDoNot() {
        String aurora = ConfusableSkeleton.of("Aurora Audio");
        assertThat(ConfusableSkeleton.of("\u0410urora \u0410udio")).isEqualTo(aurora);
        assertThat(ConfusableSkeleton.of("aurora audio")).isEqualTo(aurora);
        assertThat(ConfusableSkeleton.of("Aur0ra Audio")).isEqualTo(aurora);
        assertThat(ConfusableSkeleton.of("Aurora Audi\u00F6")).isNotEqualTo(aurora);
        assertThat(ConfusableSkeleton.of("Modern")).isEqualTo(ConfusableSkeleton.of("Modem"));
        assertThat(ConfusableSkeleton.of("Bolt Bikes")).isNotEqualTo(ConfusableSkeleton.of("Bolt Bike"));
    }
}
