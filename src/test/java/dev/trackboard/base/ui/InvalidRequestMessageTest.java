package dev.trackboard.base.ui;

import static dev.trackboard.testing.Demo.ORBIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import dev.trackboard.testing.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A grid fetch the API refuses as invalid (400, here a search past its 200 characters, only possible
 * through the URL) is told as such, not as "the tracking service is not answering".
 */
class InvalidRequestMessageTest extends KaribuTest {

    @BeforeEach
    void signInAlice() {
        signIn("alice");
    }

    @Test
    void aTooLongSearchInTheUrlSaysSoOnEveryGrid() {
        for (String screen : List.of("tracking/accounts", "tracking/posts")) {
            NotificationsKt.clearNotifications();
            UI.getCurrent().navigate("guilds/" + ORBIT + "/" + screen, QueryParameters.of("q", "x".repeat(201)));
            MockVaadin.clientRoundtrip(false);

            List<String> texts = NotificationsKt.getNotifications().stream()
                    .map(n -> n.getElement().getProperty("text")).toList();
            assertThat(texts).as(screen).isNotEmpty()
                    .allMatch(text -> text.equals(UI.getCurrent().getTranslation("error.invalidSearch")))
                    .noneMatch(text -> text.contains("not answering"));
        }
    }
}
