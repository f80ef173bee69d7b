package dev.trackboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.testing.Demo;
import dev.trackboard.testing.DemoDataDirEnvironmentPostProcessor;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Issue 3's scale test in a real browser: Acme Creators with 1,000,000 posts, the posts grid jumps to
 * row 900,000 and paints the posts that belong there. The million posts are a bulk load of a minute
 * or more, done once per checkout: the data directory is kept under {@code target/demo-data} and used
 * by later runs while the schema and the demo code are unchanged ({@code DemoDataDirs.kept}). Its own
 * context (the shared one has a few thousand posts), closed after the class so the million rows do not
 * stay in memory for the rest of the run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "trackboard.mode=embedded",
        DemoDataDirEnvironmentPostProcessor.PROPERTY + "=kept",
        "trackboard.embedded.large-guild-posts=" + MillionPostsBrowserIT.POSTS,
        "trackboard.embedded.guild-posts=" + Demo.GUILD_POSTS})
@DirtiesContext
class MillionPostsBrowserIT {

    static final int POSTS = 1_000_000;
    private static final String ACME = "200000000000000001";
    /** Generated post n ("… (n)") is row n - 1, newest first; the six hostile posts are the oldest, at the end. */
    private static final int DEEP = 900_000;

    @Value("${local.server.port}")
    private int port;

    @Test
    void scrollingToRow900000PaintsThePostsThatBelongThere() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.signInAs("alice");
            browser.go("/guilds/" + ACME + "/tracking/posts");
            browser.await(By.id("posts-grid"));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            waitForCells(browser, postText(10));
            assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("1,000,006"); // with the hostile six

            js.executeScript("document.querySelector('#posts-grid').scrollToIndex(arguments[0])", DEEP);
            List<String> rowTexts = List.of(waitForCells(browser, postText(DEEP)).split("\n"));

            // rows 900,000 … 900,009 are all painted, each with its own post, and none from the top
            IntStream.range(DEEP, DEEP + 10).forEach(row ->
                    assertThat(rowTexts).anySatisfy(text -> assertThat(text).endsWith(postText(row))));
            assertThat(rowTexts).noneSatisfy(text -> assertThat(text).endsWith(postText(0)));
        }
    }

    private static String postText(int row) {
        return "(" + (row + 1) + ")";
    }

    /** The grid's cell texts once it is not loading and they contain {@code needle}. */
    private static String waitForCells(Browser browser, String needle) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        return new WebDriverWait(browser.driver, Browser.PATIENCE).pollingEvery(Duration.ofMillis(50)).until(d -> {
            String text = (String) js.executeScript("""
                    const grid = document.querySelector('#posts-grid');
                    if (!grid || grid.hasAttribute('loading')) return null;
                    return Array.from(grid.querySelectorAll('vaadin-grid-cell-content')).map(c => c.textContent).join('\\n');
                    """);
            return text != null && text.contains(needle) ? text : null;
        });
    }
}
