package dev.trackboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.trackboard.embedded.EmbeddedAppTest;
import dev.trackboard.testing.Demo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 11's "done when", as an admin does it: on Acme's posts screen alice searches for "teapot",
 * reads the count, presses "Export these N rows", asks for CSV, follows the job on the exports screen
 * while it runs (progress bar, rows done of the total), downloads the file through the dashboard's
 * download handler with her browser session, and the file holds exactly the screen's N rows, each
 * with the search word. Screenshots in target/screenshots/export-*.png, the file's first lines in
 * target/screenshots/export-first-lines.txt (for a person to look at; not asserted).
 *
 * <p>A few hundred rows are written in well under a second, faster than anyone could watch the bar:
 * this class's context sets {@code trackboard.embedded.exports.row-pause} (ExportProperties, tests and
 * demos only), so the job takes about ten seconds and is seen running. A context of its own for
 * that property, closed after the class.
 */
@EmbeddedAppTest
@TestPropertySource(properties = "trackboard.embedded.exports.row-pause=" + ExportsBrowserIT.ROW_PAUSE)
@DirtiesContext
class ExportsBrowserIT {

    static final String ROW_PAUSE = "45ms";
    private static final String POSTS = "/guilds/" + Demo.ACME + "/tracking/posts";
    private static final String WORD = "teapot";
    private static final Pattern COUNT = Pattern.compile("([0-9][0-9,]*) posts");
    private static final Pattern PROGRESS = Pattern.compile("([0-9][0-9,]*) of ([0-9][0-9,]*) rows");
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Value("${local.server.port}")
    private int port;

    @Test
    void theFilteredPostsScreensRowsExportAsACsvWithTheScreensCount() throws Exception {
        try (Browser alice = Browser.open(port)) {
            alice.signInAs("alice");
            alice.go(POSTS);
            alice.await(By.cssSelector("#post-search input")).sendKeys(WORD);
            alice.awaitUrl("q=" + WORD);
            long shown = until(alice, () -> {
                Matcher count = COUNT.matcher(alice.driver.findElement(By.id("post-count")).getText());
                return count.matches() ? number(count.group(1)) : null;
            });
            assertThat(shown).as("a modest count: a slice of Acme's posts").isBetween(10L, 1_000L);
            WebElement exportThese = alice.await(By.id("export-these"));
            until(alice, () -> exportThese.isEnabled() && exportThese.getText().equals("Export these " + shown + " rows"));
            screenshot(alice, "export-1-posts-filtered");

            exportThese.click();
            WebElement filters = alice.await(By.id("export-filters"));
            assertThat(filters.getText()).contains("Search: " + WORD);
            screenshot(alice, "export-2-dialog");
            alice.await(By.id("export-start")).click();

            alice.awaitUrl("/guilds/" + Demo.ACME + "/exports");
            WebElement card = alice.await(By.cssSelector("#export-jobs .tb-export-job"));
            String cardId = card.getAttribute("id");
            long jobId = Long.parseLong(cardId.substring("export-job-".length()));
            // running, with a bar that moved and rows done of the screen's count
            long done = until(alice, () -> {
                List<WebElement> texts = alice.driver.findElements(By.cssSelector("#" + cardId + " .tb-export-progress-text"));
                if (texts.isEmpty()) {
                    return null;
                }
                Matcher progress = PROGRESS.matcher(texts.getFirst().getText());
                return progress.find() && number(progress.group(1)) > 0 ? number(progress.group(2)) : null;
            });
            assertThat(done).as("the job's total is the screen's count").isEqualTo(shown);
            assertThat(alice.driver.findElement(By.cssSelector("#" + cardId + " vaadin-progress-bar")).isDisplayed()).isTrue();
            assertThat(alice.driver.findElement(By.cssSelector("#" + cardId + " .tb-export-status")).getText()).isEqualTo("Running");
            screenshot(alice, "export-3-running");
            // once the rate is known, the time left shows next to the rows (unless the job ended first)
            until(alice, () -> alice.driver.findElements(By.id("export-download-" + jobId)).size() > 0
                    || alice.driver.findElements(By.cssSelector("#" + cardId + " .tb-export-progress-text")).stream()
                            .anyMatch(text -> text.getText().contains("left")));
            if (alice.driver.findElements(By.id("export-download-" + jobId)).isEmpty()) {
                screenshot(alice, "export-4-running-time-left");
            }

            WebElement download = alice.await(By.id("export-download-" + jobId));
            screenshot(alice, "export-5-ready");
            String href = download.getAttribute("href");
            assertThat(href).as("the browser only sees the dashboard's own resource URL").doesNotContain("/api/");
            Map<String, Object> fetched = fetch(alice, href);
            assertThat(((Number) fetched.get("status")).intValue()).as(String.valueOf(fetched.get("body"))).isEqualTo(200);
            assertThat((String) fetched.get("disposition")).startsWith("attachment").contains("acme-creators-posts-", ".csv");
            String csv = (String) fetched.get("body");
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.writeString(dir.resolve("export-first-lines.txt"),
                    String.join("\n", csv.lines().limit(6).toList()) + "\n", StandardCharsets.UTF_8);

            List<Map<String, String>> rows = csvRows(csv);
            assertThat(rows).as("the file's data rows are the screen's count").hasSize((int) shown);
            assertThat(rows).allSatisfy(row ->
                    assertThat(row.get("text").toLowerCase(Locale.ROOT)).as("row %s", row.get("id")).contains(WORD));
            assertThat(rows.stream().map(row -> row.get("id")).distinct()).hasSize((int) shown);

            // bob, signed in, cannot use alice's link (a resource of her session), nor open Acme's exports
            try (Browser bob = Browser.open(port)) {
                bob.signInAs("bob");
                Map<String, Object> stolen = fetch(bob, href);
                assertThat(((Number) stolen.get("status")).intValue()).isNotEqualTo(200);
                assertThat((String) stolen.get("body")).doesNotContain("accountHandle", WORD);
                bob.go("/guilds/" + Demo.ACME + "/exports");
                bob.await(By.id("not-found"));
                assertThat(bob.driver.findElements(By.id(cardId))).isEmpty();
                screenshot(bob, "export-7-bob-not-found");
            }

            alice.driver.manage().window().setSize(new Dimension(390, 844));
            alice.go("/guilds/" + Demo.ACME + "/exports");
            alice.await(By.id("export-download-" + jobId));
            screenshot(alice, "export-6-ready-390");
        }
    }

    /** The URL fetched from inside the page: the browser's own session and cookies, as a click would. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> fetch(Browser browser, String url) {
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                    .then(r => r.text().then(body => done({status: r.status,
                        disposition: r.headers.get('content-disposition'), body: body})))
                    .catch(e => done({status: -1, body: String(e)}));""", url);
    }

    private static List<Map<String, String>> csvRows(String csv) throws Exception {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return rows.readAll();
        }
    }

    private static long number(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }

    private static <T> T until(Browser browser, Supplier<T> condition) {
        return new WebDriverWait(browser.driver, PATIENCE).pollingEvery(Duration.ofMillis(100))
                .until(ignored -> condition.get());
    }

    private static void screenshot(Browser browser, String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
    }
}
