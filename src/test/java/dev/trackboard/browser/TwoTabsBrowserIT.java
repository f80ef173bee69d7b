package dev.trackboard.browser;

import static dev.trackboard.testing.Demo.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trackboard.faults.FaultyApiProxy;
import dev.trackboard.faults.EmbeddedBackend;
import dev.trackboard.faults.ProductionDashboard;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One user, two tabs, a Tracking API call that hangs in the first: the second tab navigates as
 * fast as ever, because no call runs while the UI holds the session lock (docs/decisions/0006).
 * The hanging call would hold it for the whole read timeout (30 s here) if one did.
 */
@ProductionDashboard
class TwoTabsBrowserIT {

    @Value("${local.server.port}")
    private int port;

    @DynamicPropertySource
    static void patientClientAgainstTheFaultyApi(DynamicPropertyRegistry properties) {
        EmbeddedBackend.register(properties, Duration.ofSeconds(30));
    }

    private static FaultyApiProxy proxy() {
        return EmbeddedBackend.get().proxy;
    }

    @AfterEach
    void heal() {
        proxy().heal();
    }

    @Test
    void aHangingCallInOneTabDoesNotHoldUpTheUsersOtherTab() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.signInAs("alice");
            String first = browser.driver.getWindowHandle();
            browser.driver.switchTo().newWindow(WindowType.TAB);
            String second = browser.driver.getWindowHandle();
            browser.go("/guilds/" + ACME + "/tracking/brands");
            browser.await(By.id("brands-grid"));
            Duration normal = inAppNavigation(browser, "tracking/accounts", "accounts-grid");
            inAppNavigation(browser, "tracking/brands", "brands-grid");

            proxy().fail(FaultyApiProxy.Fault.HOLD, path -> path.contains("/usage"));
            browser.driver.switchTo().window(first);
            // a page load the driver does not wait for (it would, for a navigation its script starts):
            // the driver must be free to use the other tab while this one hangs
            ((JavascriptExecutor) browser.driver).executeScript(
                    "var url = arguments[0]; setTimeout(function () { window.location.href = url; }, 200)",
                    browser.baseUrl + "/guilds/" + ACME);
            browser.driver.switchTo().window(second);
            new WebDriverWait(browser.driver, Browser.PATIENCE).until(driver -> proxy().faulted() > 0);
            int heldBefore = proxy().faulted();
            Duration whileHanging = inAppNavigation(browser, "tracking/accounts", "accounts-grid");

            System.out.printf("second tab's navigation: %d ms normally, %d ms while the first tab's call hangs%n",
                    normal.toMillis(), whileHanging.toMillis());
            assertThat(proxy().faulted()).as("the first tab's call was still hanging").isEqualTo(heldBefore);
            assertThat(whileHanging).isLessThan(normal.plusSeconds(5));
        }
    }

    /** Times a click on a side-nav entry until the screen it opens shows {@code elementId}. */
    private static Duration inAppNavigation(Browser browser, String pathEnd, String elementId) {
        long start = System.nanoTime();
        browser.driver.findElement(By.cssSelector("vaadin-side-nav-item[path$='" + pathEnd + "']")).click();
        browser.await(By.id(elementId));
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
