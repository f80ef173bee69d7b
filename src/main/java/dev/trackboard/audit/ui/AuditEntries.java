package dev.trackboard.audit.ui;

import dev.trackboard.api.GuildId;
import dev.trackboard.api.audit.AuditEntry;
import dev.trackboard.audit.AuditRows;
import dev.trackboard.audit.AuditService;
import dev.trackboard.base.ui.UserTime;
import dev.trackboard.base.ui.grid.GridSource;
import dev.trackboard.base.ui.grid.ListSort;
import dev.trackboard.base.ui.grid.RowCount;
import dev.trackboard.guild.GuildService;
import dev.trackboard.tracking.TrackingService;
import java.util.List;
import java.util.function.Consumer;

/**
 * A guild's audit trail for the grid, newest first: keyset pages behind the grid's offsets
 * ({@link AuditRows}, one per filter, made again by {@link #prepare} so an undo's new entry on top
 * does not shift the remembered cursors). The API gives no total (decision 0105): the count says
 * how many rows were seen, exact once the last page was.
 */
final class AuditEntries implements GridSource<AuditEntry, AuditFilter, AuditSort, AuditChoices> {

    static final ListSort<AuditSort> ORDER = new ListSort<>(AuditSort.NEWEST, true);

    private final AuditService audit;
    private final TrackingService tracking;
    private final GuildService guilds;
    private final GuildId guildId;
    private final UserTime time;
    private final Consumer<AuditNames> loaded;
    private AuditFilter rowsFilter;
    private AuditRows rows;
    private long seen;

    /** @param loaded told the names of every {@link #prepare} (off the session lock) */
    AuditEntries(AuditService audit, TrackingService tracking, GuildService guilds, GuildId guildId, UserTime time,
                 Consumer<AuditNames> loaded) {
        this.audit = audit;
        this.tracking = tracking;
        this.guilds = guilds;
        this.guildId = guildId;
        this.time = time;
        this.loaded = loaded;
    }

    /** The filter pickers' values and today's names of brands, channels and roles (off the session lock). */
    @Override
    public AuditChoices prepare(AuditFilter requested) {
        forget();
        AuditChoices choices = new AuditChoices(audit.facets(guildId), names());
        loaded.accept(choices.names());
        return choices;
    }

    /** Today's names of the guild's brands, channels and roles (API calls: off the session lock only). */
    AuditNames names() {
        return AuditNames.of(tracking.brands(guildId), guilds.channels(guildId), guilds.roles(guildId));
    }

    @Override
    public List<AuditEntry> page(AuditFilter filter, ListSort<AuditSort> sort, AuditChoices choices, int offset,
                                 int limit) {
        List<AuditEntry> page = rowsOf(filter).fetch(offset, limit);
        synchronized (this) {
            seen = Math.max(seen, offset + page.size());
        }
        return page;
    }

    /** What the reads have seen; never calls the API (the screen grows while scrolled). */
    @Override
    public synchronized RowCount count(AuditFilter filter, AuditChoices choices) {
        long known = rows == null ? -1 : rows.knownSize();
        return known >= 0 ? RowCount.exactly(known) : new RowCount(seen, true);
    }

    private synchronized AuditRows rowsOf(AuditFilter filter) {
        if (rows == null || !filter.equals(rowsFilter)) {
            rows = audit.rows(guildId, filter.query(time));
            rowsFilter = filter;
            seen = 0;
        }
        return rows;
    }

    private synchronized void forget() {
        rows = null;
        rowsFilter = null;
        seen = 0;
    }
}
