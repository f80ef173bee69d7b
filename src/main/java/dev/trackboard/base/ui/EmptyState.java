package dev.trackboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** A friendly block for "nothing here" and "could not load" states: icon, title, text, actions. */
public class EmptyState extends Div {

    public EmptyState(AppIcon icon, String title, String text, Component... actions) {
        addClassName("tb-empty-state");
        var symbol = icon.create();
        symbol.addClassName("tb-empty-state-icon");
        Div actionRow = new Div(actions);
        actionRow.addClassName("tb-empty-state-actions");
        add(symbol, new H2(title), new Paragraph(text), actionRow);
    }
}
