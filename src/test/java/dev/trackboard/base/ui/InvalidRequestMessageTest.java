package dev.trackboard.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.trackboard.testing.Demo.ORBIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.trackboard.testing.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A search past its 200 characters, only possible through the URL, is told on the search field and
 * never sent (the API would refuse it with a 400); it is never "the tracking service is not
 * answering". (Any other 400 of a grid read reaches FriendlyErrorHandler as "error.invalidRequest".)
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
            navigate("guilds/" + ORBIT + "/" + screen, QueryParameters.of("q", "x".repeat(201)));

            String id = screen.endsWith("accounts") ? "account-search" : "post-search";
            TextField search = _get(TextField.class, spec -> spec.withId(id));
            assertThat(search.isInvalid()).as(screen).isTrue();
            assertThat(search.getErrorMessage()).as(screen)
                    .isEqualTo(UI.getCurrent().getTranslation("grid.url.tooLong", 200));
            assertThat(NotificationsKt.getNotifications()).as(screen).isEmpty();
        }
    }
}
