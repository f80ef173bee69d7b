package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import dev.trackboard.base.ui.AddressBar;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The filters and sort of a screen as query parameters, so a reload or a shared link shows the same
 * view. Written with replaceState: changing a filter does not add a history entry per keystroke.
 *
 * <p>Query parameters are untrusted (anyone can edit a link): every reader answers null for a value it
 * cannot use, never throws, and a view treats null as "filter not set". A parameter given more than
 * once counts by its first value. Only what the view {@link #set} is written back, so unknown and
 * ignored parameters drop out of the address with the first change.
 */
final class UrlState {

    /** Ids as the API issues them: plain ASCII digits, positive, within a long (no sign, exponent or 20-digit overflow). */
    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");
    /** Dates a filter accepts: four-digit years, as the API's timestamps and the date picker expect. */
    static final LocalDate FIRST_DATE = LocalDate.of(1970, 1, 1);
    static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

    private final String path;
    private final Map<String, String> read = new LinkedHashMap<>();
    private final Map<String, String> written = new LinkedHashMap<>();

    private UrlState(String path) {
        this.path = path;
    }

    static UrlState of(Location location) {
        UrlState state = new UrlState(location.getPath());
        location.getQueryParameters().getParameters().forEach((name, list) -> {
            if (!list.isEmpty() && list.getFirst() != null && !list.getFirst().isBlank()) {
                state.read.put(name, list.getFirst());
            }
        });
        return state;
    }

    /** The raw value, or null when absent or blank. */
    String get(String name) {
        return read.get(name);
    }

    /** Free text, stripped; null when absent, blank or longer than {@code maxLength} (see {@link #tooLong}). */
    String text(String name, int maxLength) {
        String value = read.get(name);
        return value == null || tooLong(name, maxLength) ? null : value.strip();
    }

    /** Whether the text was given but is longer than its field allows (the view says so on the field). */
    boolean tooLong(String name, int maxLength) {
        String value = read.get(name);
        return value != null && value.strip().length() > maxLength;
    }

    /** A positive object id, or null for anything else. */
    Long id(String name) {
        String value = read.get(name);
        if (value == null || !ID.matcher(value).matches()) {
            return null;
        }
        long id = Long.parseLong(value);
        return id > 0 ? id : null;
    }

    /** An ISO date (2026-01-31) between {@link #FIRST_DATE} and {@link #LAST_DATE}, or null. */
    LocalDate date(String name) {
        String value = read.get(name);
        if (value == null || value.length() != 10) {
            return null; // ISO_LOCAL_DATE also reads signed and 5+ digit years
        }
        try {
            return withinDateRange(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The date if a filter accepts it, else null (also for dates typed into a picker). */
    static LocalDate withinDateRange(LocalDate date) {
        return date == null || date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE) ? null : date;
    }

    /** The option whose name, in lower case, is the value (case-insensitive in ASCII only); else null. */
    <E extends Enum<E>> E option(String name, Class<E> type) {
        String value = read.get(name);
        if (value == null || !value.chars().allMatch(c -> c < 128)) {
            return null; // toLowerCase maps some non-ASCII letters (the Kelvin sign) onto ASCII ones
        }
        String wanted = value.toLowerCase(Locale.ROOT);
        for (E option : type.getEnumConstants()) {
            if (option.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return option;
            }
        }
        return null;
    }

    void set(String name, Object value) {
        if (value == null || value.toString().isBlank()) {
            written.remove(name);
        } else {
            written.put(name, value instanceof Enum<?> option ? option.name().toLowerCase(Locale.ROOT) : value.toString());
        }
    }

    void write(UI ui) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        written.forEach((name, value) -> parameters.put(name, List.of(value)));
        AddressBar.replace(ui, new Location(path, new QueryParameters(parameters)));
    }
}
