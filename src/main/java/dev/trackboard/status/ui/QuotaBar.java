package dev.trackboard.status.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import dev.trackboard.api.status.GuildUsage;
import dev.trackboard.base.ui.UserTime;

/** Posts tracked this month against the plan's limit; amber from 80 %, red when used up. */
final class QuotaBar extends Div {

    QuotaBar(GuildUsage.Quota quota) {
        setId("quota");
        addClassName("tb-quota");
        double share = quota.share();
        int percent = (int) Math.round(Math.min(share, 1) * 100);
        Div fill = new Div();
        fill.addClassName("tb-quota-fill");
        fill.getStyle().set("width", percent + "%");
        Div track = new Div(fill);
        track.addClassName("tb-quota-track");
        track.getElement().setAttribute("role", "progressbar");
        track.getElement().setAttribute("aria-valuemin", "0");
        track.getElement().setAttribute("aria-valuemax", "100");
        track.getElement().setAttribute("aria-valuenow", String.valueOf(percent));
        track.getElement().setAttribute("aria-label", getTranslation("quota.title"));
        getElement().getClassList().set("tb-quota-warning", share >= 0.8 && share < 1);
        getElement().getClassList().set("tb-quota-exceeded", share >= 1);
        Span text = new Span(getTranslation("quota.used", quota.used(), quota.limit(), Math.min(share, 1)));
        text.setId("quota-text");
        Span resets = new Span();
        UserTime.whenKnown(this, () -> resets.setText(getTranslation("quota.resets",
                UserTime.of(this).dateTime(quota.resetsAt()))));
        resets.addClassName("tb-muted");
        Div legend = new Div(text, resets);
        legend.addClassName("tb-quota-legend");
        add(new H3(getTranslation("quota.title")), track, legend);
    }
}
