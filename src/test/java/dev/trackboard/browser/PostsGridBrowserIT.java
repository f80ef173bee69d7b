package dev.trackboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.embedded.EmbeddedAppTest;
import dev.trackboard.testing.Demo;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;

/**
 * The posts grid in a real browser: a hostile post shows as text, and a jump deep into the lazy
 * grid paints the right rows. Uses the small test volume ({@link Demo#ACME_POSTS}) so CI stays fast;
 * the million-post jump is MillionPostsBrowserIT and bench/posts-scroll-browser.sh.
 */
@EmbeddedAppTest
class PostsGridBrowserIT {

    private static final String ACME = "200000000000000001";

    @Value("${local.server.port}")
    private int port;

    @Test
    void aDeepJumpPaintsTheRightRowsAndAnXssPostIsText() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.signInAs("alice");
            browser.go("/guilds/" + ACME + "/tracking/posts");
            browser.await(By.id("posts-grid"));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            // the sort in force shows on its column, the default one too (issue 8: none did)
            String sorted = new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> (String) js.executeScript("""
                    const on = Array.from(document.querySelectorAll('#posts-grid vaadin-grid-sorter')).filter(s => s.direction);
                    return on.length ? on.map(s => s.textContent.trim() + ' ' + s.direction).join(', ') : null;
                    """));
            assertThat(sorted).isEqualTo("Posted desc");
            // newest first: generated post n is row n - 1
            for (int index : new int[] {1_000, 2_000, Demo.ACME_POSTS - 10}) {
                long started = System.nanoTime();
                js.executeScript("document.querySelector('#posts-grid').scrollToIndex(arguments[0])", index);
                String expected = "(" + (index + 1) + ")";
                waitForCells(browser, expected);
                System.out.printf("scrollToIndex(%d) painted in %d ms%n", index, (System.nanoTime() - started) / 1_000_000);
            }

            // the hostile posts are the oldest: first when sorted oldest first
            browser.go("/guilds/" + ACME + "/tracking/posts?sort=posted_at&dir=asc");
            browser.await(By.id("posts-grid"));
            String cells = waitForCells(browser, "<script>alert('xss')</script>");
            assertThat(cells).contains("<script>alert('xss')</script><img src=x onerror=\"alert(1)\">");
            // the payload is text: no element was created from it anywhere in the grid's light DOM
            assertThat((Long) js.executeScript(
                    "return document.querySelectorAll('#posts-grid img, #posts-grid script, #posts-grid b').length"))
                    .isZero();
        }
    }

    /** The grid's cell texts once they contain {@code needle} (rows painted), within the browser patience. */
    private static String waitForCells(Browser browser, String needle) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        return new WebDriverWait(browser.driver, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(20)).until(d -> {
            String text = (String) js.executeScript("""
                    const grid = document.querySelector('#posts-grid');
                    if (!grid || grid.hasAttribute('loading')) return null;
                    return Array.from(grid.querySelectorAll('vaadin-grid-cell-content')).map(c => c.textContent).join('\\n');
                    """);
            return text != null && text.contains(needle) ? text : null;
        });
    }
}
