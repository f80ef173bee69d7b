package dev.trackboard.base.ui.grid;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import dev.trackboard.base.ui.AddressBar;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The query parameters of a screen, read through checked readers and written back with
 * replaceState (changing a filter adds no history entry per keystroke); a {@link UrlCodec} turns
 * them into a screen's filter record and back.
 *
 * <p>Query parameters are untrusted (anyone can edit a link, docs/decisions/0045): every reader
 * answers null for a value it cannot use and never throws; null means "not set". A parameter given
 * more than once counts by its first value. The one value that is refused aloud is a text longer
 * than its field: it is recorded as a {@link FieldProblem} that the screen shows on the field.
 * Only what is {@link #set} is written back, so unknown parameters drop out with the first change.
 */
public final class UrlState {

    /** Ids as the API issues them: plain ASCII digits, positive, within a long (no sign, exponent or overflow). */
    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");
    /** Dates a filter accepts: four-digit years, as the API's timestamps and the date picker expect. */
    public static final LocalDate FIRST_DATE = LocalDate.of(1970, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

    private final String path;
    private final Map<String, String> read = new LinkedHashMap<>();
    private final Map<String, String> written = new LinkedHashMap<>();
    private final List<FieldProblem> problems = new ArrayList<>();

    private UrlState(String path) {
        this.path = path;
    }

    public static UrlState of(Location location) {
        UrlState state = new UrlState(location.getPath());
        location.getQueryParameters().getParameters().forEach((name, list) -> {
            if (!list.isEmpty() && list.getFirst() != null && !list.getFirst().isBlank()) {
                state.read.put(name, list.getFirst());
            }
        });
        return state;
    }

    /** Free text, stripped; null when absent or blank, and when longer than {@code maxLength} (then also a problem). */
    public String text(String name, int maxLength) {
        String value = read.get(name);
        if (value == null) {
            return null;
        }
        if (value.strip().length() > maxLength) {
            problems.add(new FieldProblem(name, "grid.url.tooLong", maxLength));
            return null;
        }
        return value.strip();
    }

    /** A positive object id, or null for anything else. */
    public Long id(String name) {
        String value = read.get(name);
        if (value == null || !ID.matcher(value).matches()) {
            return null;
        }
        long id = Long.parseLong(value);
        return id > 0 ? id : null;
    }

    /** An ISO date (2026-01-31) between {@link #FIRST_DATE} and {@link #LAST_DATE}, or null. */
    public LocalDate date(String name) {
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
    public static LocalDate withinDateRange(LocalDate date) {
        return date == null || date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE) ? null : date;
    }

    /** The option whose name, in lower case, is the value (case-insensitive in ASCII only); else null. */
    public <E extends Enum<E>> E option(String name, Class<E> type) {
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

    /** What the readers refused aloud so far (a text too long for its field). */
    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    /** Sets a parameter to write; null or blank leaves it out. Options are written in lower case. */
    public void set(String name, Object value) {
        if (value == null || value.toString().isBlank()) {
            written.remove(name);
        } else {
            written.put(name, value instanceof Enum<?> option ? option.name().toLowerCase(Locale.ROOT) : value.toString());
        }
    }

    /** Replaces the address with this path and exactly what was {@link #set}. */
    void write(UI ui) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        written.forEach((name, value) -> parameters.put(name, List.of(value)));
        AddressBar.replace(ui, new Location(path, new QueryParameters(parameters)));
    }

    /** Starts the next write from nothing. */
    void clearWritten() {
        written.clear();
    }
}
