package dev.trackboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trackboard.embedded.ApiClient;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.EmbeddedAppTest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;

/**
 * The lost update in two real browsers (two profiles: two sessions, no shared cookies): alice and
 * bob, who both administer Nimbus Studio (DESIGN.md §2), open its settings; alice saves first. Bob's
 * save of the version he loaded gets the conflict dialog, which names alice's change, and alice's
 * value survives: nothing of bob's is written until he chooses.
 */
@EmbeddedAppTest
class SettingsLostUpdateBrowserIT {

    private static final String NIMBUS = "200000000000000002";
    private static final String SETTINGS = "/api/v1/guilds/" + NIMBUS + "/settings";

    @Value("${local.server.port}")
    private int port;

    @Test
    void theSecondSaveGetsTheConflictDialogAndTheFirstSavesValuesSurvive() throws Exception {
        ApiClient api = new ApiClient(port);
        String token = ApiClient.accessToken(api.session("alice"));
        JsonNode fixture = settings(api, token);
        int aliceLikes = fixture.get("minLikes").asInt() + 21;
        int bobRetention = fixture.get("retentionDays").asInt() == 45 ? 46 : 45;
        try (Browser alice = Browser.open(port); Browser bob = Browser.open(port)) {
            alice.signInAs("alice");
            bob.signInAs("bob");
            alice.go("/guilds/" + NIMBUS + "/settings");
            bob.go("/guilds/" + NIMBUS + "/settings");
            type(alice, "settings-minLikes", aliceLikes);
            type(bob, "settings-retentionDays", bobRetention);

            save(alice);
            until(alice, () -> settings(api, token).get("minLikes").asInt() == aliceLikes);
            save(bob);

            WebElement history = bob.await(By.id("settings-conflict-history"));
            String listed = until(bob, () -> history.getText().contains("Minimum likes") ? history.getText() : null);
            screenshot(bob, "settings-conflict-1440");
            bob.driver.manage().window().setSize(new Dimension(390, 844));
            screenshot(bob, "settings-conflict-390");
            assertThat(listed).contains("Alice Lindqvist",
                    "Minimum likes: " + fixture.get("minLikes").asInt() + " → " + aliceLikes);
            JsonNode stored = settings(api, token);
            assertThat(stored.get("minLikes").asInt()).as("the first save survives").isEqualTo(aliceLikes);
            assertThat(stored.get("retentionDays").asInt()).as("nothing of the second is written")
                    .isEqualTo(fixture.get("retentionDays").asInt());

            bob.await(By.id("settings-conflict-load")).click();
            until(bob, () -> String.valueOf(aliceLikes).equals(value(bob, "settings-minLikes")));
            assertThat(value(bob, "settings-retentionDays")).isEqualTo(fixture.get("retentionDays").asText());
        } finally {
            restore(api, token, fixture);
        }
    }

    /** Types a whole number into an IntegerField and leaves it, so the value goes to the server. */
    private static void type(Browser browser, String id, int value) {
        WebElement input = browser.await(By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(value), Keys.TAB);
    }

    private static void save(Browser browser) {
        WebElement save = browser.await(By.id("settings-save"));
        until(browser, () -> save.getAttribute("disabled") == null);
        save.click();
    }

    private static String value(Browser browser, String id) {
        return (String) ((JavascriptExecutor) browser.driver).executeScript(
                "const f = document.getElementById(arguments[0]); return f ? String(f.value) : null;", id);
    }

    private static JsonNode settings(ApiClient api, String token) {
        HttpResponse<String> answer = api.get(SETTINGS, token);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return DemoSignIn.json(answer.body());
    }

    private static void restore(ApiClient api, String token, JsonNode fixture) {
        JsonNode now = settings(api, token);
        ObjectNode input = fixture.deepCopy();
        input.remove(List.of("version", "health", "updatedAt", "updatedBy"));
        api.http().putJson(SETTINGS, input.toString(), "Authorization", "Bearer " + token,
                "If-Match", "\"" + now.get("version").asLong() + "\"");
    }

    private static <T> T until(Browser browser, java.util.function.Supplier<T> condition) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(100))
                .until(d -> {
                    T value = condition.get();
                    return value instanceof Boolean yes && !yes ? null : value;
                });
    }

    /** For a person to look at: target/screenshots/*.png (not asserted). */
    private static void screenshot(Browser browser, String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
    }
}
