package dev.trackboard.embedded.exports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.embedded.tracking.ExportableLists;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whatever a guild is called, the suggested file name is plain ASCII with no path, dot or control in it. */
class ExportFileNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Acme Creators|acme-creators",
            "Café Ünïcode Ĳssel|cafe-unicode-ijssel",
            "東京 Studio|studio",
            "東京|guild",
            "../../etc/passwd|etc-passwd",
            "evil\u202Egpj.exe|evil-gpj-exe",
            "zero\u200Bwidth|zero-width",
            "=HYPERLINK(x)+1|hyperlink-x-1",
            "   |guild",
            "CON|con"})
    void theGuildPartIsAsciiLettersDigitsAndHyphens(String guildName, String expected) {
        assertThat(ExportFileName.guildPart(guildName)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"POSTS,CSV,acme-posts-2026-12-01.csv", "AUDIT,NDJSON,acme-audit-2026-12-01.ndjson"})
    void theNameSaysGuildTypeDateAndFormat(ExportableLists.Kind type, ExportFormat format, String expected) {
        assertThat(ExportFileName.of("ACME", type, LocalDate.of(2026, 12, 1), format)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aLongNameIsCutWithoutATrailingHyphen() {
        String name = ExportFileName.guildPart("a".repeat(39) + " b" + "c".repeat(10_000));
        assertThat(name).isEqualTo("a".repeat(39)).hasSizeLessThanOrEqualTo(40);
    }
}
