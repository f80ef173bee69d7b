package dev.trackboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trackboard.embedded.ApiClient;
import dev.trackboard.embedded.DemoSignIn;
import dev.trackboard.embedded.EmbeddedAppTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;

/**
 * Issue 10's "done when", as an admin does it: Orbit Esports has no notification channel and its
 * overview says so; alice sets one in the settings, the warning goes, the audit log shows the change
 * with before → after, she undoes it there, and the warning is back. Screenshots of each step in
 * target/screenshots/settings-undo-*.png (for a person to look at; not asserted).
 */
@EmbeddedAppTest
class SettingsUndoBrowserIT {

    private static final String ORBIT = "200000000000000003";
    private static final String SETTINGS = "/api/v1/guilds/" + ORBIT + "/settings";
    private static final String NO_CHANNEL = "No notification channel is set";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Value("${local.server.port}")
    private int port;

    @Test
    void settingOrbitsChannelEndsTheWarningAndUndoingItInTheAuditLogBringsItBack() throws Exception {
        ApiClient api = new ApiClient(port);
        String token = ApiClient.accessToken(api.session("alice"));
        JsonNode fixture = settings(api, token);
        assertThat(fixture.get("notificationChannelId").isNull()).as("the demo fixture: Orbit has no channel").isTrue();
        try (Browser alice = Browser.open(port)) {
            alice.signInAs("alice");
            alice.go("/guilds/" + ORBIT);
            until(alice, () -> alice.await(By.id("health-warnings")).getText().contains(NO_CHANNEL));
            screenshot(alice, "settings-undo-1-warning");

            alice.go("/guilds/" + ORBIT + "/settings");
            alice.await(By.cssSelector("#settings-notificationChannelId input"));
            // pick the channel as the combo box's own overlay does: the item whose label is the channel
            until(alice, () -> Boolean.TRUE.equals(((JavascriptExecutor) alice.driver).executeScript("""
                    const box = document.getElementById('settings-notificationChannelId');
                    box.opened = true;
                    const item = (box.filteredItems || []).find(i => i && i.label === '#tracked-posts');
                    if (!item) { return false; }
                    box.selectedItem = item;
                    box.opened = false;
                    return true;""")));
            WebElement save = alice.await(By.id("settings-save"));
            until(alice, () -> save.getAttribute("disabled") == null);
            save.click();
            until(alice, () -> !settings(api, token).get("notificationChannelId").isNull());
            screenshot(alice, "settings-undo-2-saved");

            alice.go("/guilds/" + ORBIT);
            alice.await(By.id("overview-status-badge"));
            until(alice, () -> alice.driver.findElements(By.id("settings-summary")).stream()
                    .anyMatch(summary -> summary.getText().contains("#tracked-posts")));
            assertThat(alice.driver.findElements(By.id("health-warnings")).stream().map(WebElement::getText))
                    .noneMatch(text -> text.contains(NO_CHANNEL));
            screenshot(alice, "settings-undo-3-no-warning");

            alice.go("/guilds/" + ORBIT + "/audit");
            By change = By.xpath("//vaadin-grid[@id='audit-grid']//vaadin-grid-cell-content[contains(., 'tracked-posts')]");
            WebElement row = alice.await(change);
            screenshot(alice, "settings-undo-4-audit-log");
            row.click();
            WebElement diff = alice.await(By.id("audit-diff"));
            assertThat(diff.getText()).contains("Notification channel", "none", "#tracked-posts");
            screenshot(alice, "settings-undo-5-detail");
            alice.await(By.id("audit-undo")).click();
            until(alice, () -> settings(api, token).get("notificationChannelId").isNull());

            alice.go("/guilds/" + ORBIT);
            until(alice, () -> alice.await(By.id("health-warnings")).getText().contains(NO_CHANNEL));
            screenshot(alice, "settings-undo-6-warning-back");
        } finally {
            restore(api, token, fixture);
        }
    }

    private static JsonNode settings(ApiClient api, String token) {
        return DemoSignIn.json(api.get(SETTINGS, token).body());
    }

    private static void restore(ApiClient api, String token, JsonNode fixture) {
        JsonNode now = settings(api, token);
        if (now.get("notificationChannelId").isNull()) {
            return;
        }
        ObjectNode input = fixture.deepCopy();
        input.remove(List.of("version", "health", "updatedAt", "updatedBy"));
        api.http().putJson(SETTINGS, input.toString(), "Authorization", "Bearer " + token,
                "If-Match", "\"" + now.get("version").asLong() + "\"");
    }

    private static void until(Browser browser, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver, PATIENCE).pollingEvery(Duration.ofMillis(200))
                .until(d -> condition.getAsBoolean());
    }

    private static void screenshot(Browser browser, String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
    }
}
