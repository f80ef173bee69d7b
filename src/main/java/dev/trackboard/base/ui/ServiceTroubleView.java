package dev.trackboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.trackboard.api.TrackingApiException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;

/**
 * What a page shows when the tracking service failed while it was being opened: not found stays
 * not found; an ended session goes back to sign-in; anything else is a friendly "not answering"
 * page that retries by itself (in the browser: no server-side timer per UI). The frame is the not-found
 * page's, so a guild the API says is not there looks exactly like one the layout turned away.
 */
@ParentLayout(ErrorPageLayout.class)
@AnonymousAllowed
class ServiceTroubleView extends Div implements HasErrorParameter<TrackingApiException>, HasDynamicTitle {

    static final Duration RETRY_AFTER = Duration.ofSeconds(15);

    private final ShellLinks links;
    private String title = "";

    ServiceTroubleView(ShellLinks links) {
        this.links = links;
        addClassName("tb-error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<TrackingApiException> parameter) {
        removeAll();
        TrackingApiException failure = parameter.getException();
        if (failure instanceof TrackingApiException.NotFound) {
            setId("not-found");
            title = getTranslation("notFound.title");
            add(ErrorPages.notFound(this, links.home()));
            return HttpServletResponse.SC_NOT_FOUND;
        }
        if (failure instanceof TrackingApiException.SessionEnded) {
            SessionExpiry.endAndSignIn(event.getUI());
            return HttpServletResponse.SC_UNAUTHORIZED;
        }
        setId("service-unavailable");
        title = getTranslation("unavailable.title");
        Duration wait = failure instanceof TrackingApiException.RateLimited limited
                ? limited.retryAfter().plusSeconds(1) : RETRY_AFTER;
        String textKey = failure instanceof TrackingApiException.RateLimited
                ? "unavailable.rateLimited" : "unavailable.text";
        UI ui = event.getUI();
        add(ErrorPages.unavailable(this, textKey, () -> ui.getPage().reload()));
        ui.getPage().executeJs("setTimeout(function(){ location.reload(); }, $0)", wait.toMillis());
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", title);
    }
}
