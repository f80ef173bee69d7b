package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filters and sort of a screen as query parameters, so a reload or a shared link shows the same
 * view. Written with replaceState: changing a filter does not add a history entry per keystroke.
 */
final class UrlState {

    private final String path;
    private final Map<String, String> values = new LinkedHashMap<>();

    private UrlState(String path) {
        this.path = path;
    }

    static UrlState of(Location location) {
        UrlState state = new UrlState(location.getPath());
        location.getQueryParameters().getParameters().forEach((name, list) -> {
            if (!list.isEmpty() && !list.getFirst().isBlank()) {
                state.values.put(name, list.getFirst());
            }
        });
        return state;
    }

    String get(String name) {
        return values.get(name);
    }

    Long number(String name) {
        String value = values.get(name);
        try {
            return value == null ? null : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    <E extends Enum<E>> E option(String name, Class<E> type) {
        String value = values.get(name);
        for (E option : type.getEnumConstants()) {
            if (option.name().equalsIgnoreCase(value)) {
                return option;
            }
        }
        return null;
    }

    void set(String name, Object value) {
        if (value == null || value.toString().isBlank()) {
            values.remove(name);
        } else {
            values.put(name, value instanceof Enum<?> option ? option.name().toLowerCase(java.util.Locale.ROOT)
                    : value.toString());
        }
    }

    void write(UI ui) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        values.forEach((name, value) -> parameters.put(name, List.of(value)));
        ui.getPage().getHistory().replaceState(null, new Location(path, new QueryParameters(parameters)));
    }
}
