package dev.trackboard.audit.ui;

import dev.trackboard.api.audit.AuditQuery;
import dev.trackboard.base.ui.UserTime;
import dev.trackboard.base.ui.grid.FieldProblem;
import dev.trackboard.base.ui.grid.ScreenFilter;
import dev.trackboard.base.ui.grid.UrlCodec;
import dev.trackboard.base.ui.grid.UrlState;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The audit screen's filter; null values are not applied. {@code from} and {@code to} are days in the
 * user's time zone, both included. In the URL: actor, action, target, group, from, to.
 *
 * <p>Unlike the other lists, a value the link gives but this screen cannot use is not dropped in
 * silence: a link to "the changes of one admin" that shows every change would mislead. Such a
 * parameter is {@code refused} (its name): a problem on its field, and no query until it is changed.
 */
record AuditFilter(String actorId, String action, String targetType, String groupId, LocalDate from, LocalDate to,
                   Set<String> refused) implements ScreenFilter {

    static final String ACTOR = "actor";
    static final String ACTION = "action";
    static final String TARGET = "target";
    static final String GROUP = "group";
    static final String FROM = "from";
    static final String TO = "to";

    /** Discord ids (snowflakes), as the API checks them. */
    private static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{1,20}");
    /** Action and target type names, as the API checks them (decision 0105). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._]{0,31}");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** No length limit of UrlState's (whose refusal speaks of a search): the patterns refuse a long value. */
    private static final int RAW_LENGTH = Integer.MAX_VALUE;

    static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null, Set.of());

    AuditFilter {
        refused = Set.copyOf(refused);
    }

    static final UrlCodec<AuditFilter> URL = UrlCodec.of(AuditFilter::read, (filter, url) -> {
        url.set(ACTOR, filter.actorId());
        url.set(ACTION, filter.action());
        url.set(TARGET, filter.targetType());
        url.set(GROUP, filter.groupId());
        url.set(FROM, filter.from());
        url.set(TO, filter.to());
    });

    private static AuditFilter read(UrlState url) {
        Set<String> refused = new LinkedHashSet<>();
        String actor = checked(url, ACTOR, SNOWFLAKE, refused);
        String action = checked(url, ACTION, NAME, refused);
        String target = checked(url, TARGET, NAME, refused);
        String group = checked(url, GROUP, UUID, refused);
        return new AuditFilter(actor, action, target, group, day(url, FROM, refused), day(url, TO, refused), refused);
    }

    /** The parameter if it has the form the API accepts; present in another form, it is refused. */
    private static String checked(UrlState url, String name, Pattern form, Set<String> refused) {
        String value = url.text(name, RAW_LENGTH);
        if (value != null && !form.matcher(value).matches()) {
            refused.add(name);
            return null;
        }
        return value;
    }

    /** An ISO day within the pickers' range ({@link UrlState#date}'s rule); present in another form, refused. */
    private static LocalDate day(UrlState url, String name, Set<String> refused) {
        String value = url.text(name, RAW_LENGTH);
        if (value == null) {
            return null;
        }
        LocalDate day = null;
        if (value.length() == 10) {
            try {
                day = UrlState.withinDateRange(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                day = null;
            }
        }
        if (day == null) {
            refused.add(name);
        }
        return day;
    }

    AuditFilter withRefused(Set<String> names) {
        return new AuditFilter(actorId, action, targetType, groupId, from, to, names);
    }

    /** A refused link value, a day out of the pickers' range, and a range that ends before it starts: said on the field. */
    @Override
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        refused.forEach(name -> problems.add(new FieldProblem(name, "audit.filter.refused")));
        if (outOfRange(from) && !refused.contains(FROM)) {
            problems.add(new FieldProblem(FROM, "audit.filter.dateOutOfRange"));
        }
        if (outOfRange(to) && !refused.contains(TO)) {
            problems.add(new FieldProblem(TO, "audit.filter.dateOutOfRange"));
        }
        if (!outOfRange(from) && !outOfRange(to) && from != null && to != null && from.isAfter(to)) {
            problems.add(new FieldProblem(TO, "audit.filter.toBeforeFrom"));
        }
        return problems;
    }

    private static boolean outOfRange(LocalDate day) {
        return day != null && UrlState.withinDateRange(day) == null;
    }

    /** The API's query: the days as instants of the user's zone, {@code to} exclusive (the next day's start). */
    AuditQuery query(UserTime time) {
        return new AuditQuery(actorId, action, targetType, groupId, from == null ? null : time.startOf(from),
                to == null ? null : time.endOf(to));
    }
}
