package dev.trackboard.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A small labelled figure ("Members 12,840"), as the overview, status panel and post detail show them. */
public class FactTile extends Div {

    public FactTile(String label, String value) {
        this(label, valueSpan(value));
    }

    /** With a value span the caller keeps, to update it later (live figures). */
    public FactTile(String label, Span value) {
        Span caption = new Span(label);
        caption.addClassName("tb-fact-label");
        value.addClassName("tb-fact-value");
        addClassName("tb-fact");
        add(caption, value);
    }

    private static Span valueSpan(String value) {
        return new Span(value);
    }
}
