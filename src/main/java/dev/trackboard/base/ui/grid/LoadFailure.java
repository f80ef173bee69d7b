package dev.trackboard.base.ui.grid;

import com.vaadin.flow.component.html.Div;

/** The error state of a list screen: shown while the API does not answer, hidden again once it does. */
final class LoadFailure extends Div {

    LoadFailure(String id) {
        setId(id);
        addClassName("tb-inline-warning");
        setText(getTranslation("grid.loadFailed"));
        setVisible(false);
    }
}
