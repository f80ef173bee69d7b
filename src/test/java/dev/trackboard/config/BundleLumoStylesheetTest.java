package dev.trackboard.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleLumoStylesheetTest {

    @Test
    void theLumoLinkCarriesTheHashOfTheCutAndOtherLinksStay() {
        Document page = Jsoup.parse("""
                <html><head>
                <link rel="stylesheet" href="lumo/lumo.css?v-c=1111aaaa">
                <link rel="stylesheet" href="styles/trackboard.css?v-c=2222bbbb">
                <link rel="icon" href="icons/favicon.svg">
                </head></html>""");

        BundleLumoStylesheet.pointAtCut(page, "0123456789abcdef");

        assertThat(page.select("link").eachAttr("href")).containsExactly(
                "lumo/lumo.css?v-c=0123456789abcdef", "styles/trackboard.css?v-c=2222bbbb", "icons/favicon.svg");
    }

    @Test
    void theHashFollowsTheCutsContentAndIsAbsentWithoutACut(@TempDir Path classes) throws Exception {
        Path cut = classes.resolve(BundleLumoStylesheet.CUT);
        Files.createDirectories(cut.getParent());
        try (URLClassLoader empty = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            assertThat(BundleLumoStylesheet.contentHash(empty)).isEmpty();
        }
        Files.writeString(cut, "a cut");
        String first;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            first = BundleLumoStylesheet.contentHash(loader).orElseThrow();
        }
        Files.writeString(cut, "another cut");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            assertThat(BundleLumoStylesheet.contentHash(loader)).get().isNotEqualTo(first);
        }
        assertThat(first).hasSize(16).matches("[0-9a-f]+");
    }
}
