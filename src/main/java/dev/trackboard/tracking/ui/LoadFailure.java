package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.html.Div;

/** The error state of a tracking grid: shown when the API did not answer, hidden again once it does. */
class LoadFailure extends Div {

    LoadFailure(String id) {
        setId(id);
        addClassName("tb-inline-warning");
        setText(getTranslation("tracking.loadFailed"));
        setVisible(false);
    }
}
