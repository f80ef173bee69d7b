package dev.trackboard.testing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.stream.Collectors;

/**
 * Everything of the current UI that the browser would get: each component's text, attributes and
 * properties — what the UIDL messages and pushes carry. Tests look for what must never be there.
 */
public final class BrowserVisible {

    private BrowserVisible() {
    }

    public static String now() {
        return _find(Component.class).stream().map(component -> describe(component.getElement()))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(Element element) {
        StringBuilder out = new StringBuilder(element.getTag()).append(' ').append(element.getText());
        element.getAttributeNames().forEach(name -> out.append(' ').append(name).append('=')
                .append(element.getAttribute(name)));
        element.getPropertyNames().forEach(name -> out.append(' ').append(name).append('=')
                .append(element.getProperty(name)));
        return out.toString();
    }
}
