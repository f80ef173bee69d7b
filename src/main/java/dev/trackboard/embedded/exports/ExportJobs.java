package dev.trackboard.embedded.exports;

import dev.trackboard.embedded.ApiCaller;
import dev.trackboard.embedded.ApiProblem;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.access.AuthorizedGuild;
import dev.trackboard.embedded.tracking.ExportableLists;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Requesting and cancelling exports. A request names an {@code Idempotency-Key}: a key this
 * requester already used in this guild answers the job it made (however often the answer was
 * lost), provided the request is the same; another request with it is refused (422).
 */
@Component
@ConditionalOnEmbeddedMode
class ExportJobs {

    /** The job and whether it existed before this request. */
    record Outcome(ExportJob job, boolean replayed) { }

    /**
     * The running limit's Retry-After: a hint, not a promise (a slot frees when one of the guild's
     * jobs ends, which nobody knows beforehand); long enough that a client honouring it does not
     * hammer, short enough for a typical export (docs/decisions/0122).
     */
    static final Duration BUSY_RETRY_AFTER = Duration.ofSeconds(30);
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    private final ExportableLists lists;
    private final ExportJobStore store;
    private final ExportRunner runner;
    private final ExportAudit audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ExportProperties properties;
    /**
     * The embedded API is one process: one lock makes the limit check, the key check and the insert
     * one step. Requests are rare (a person clicking), so nobody waits long on it.
     */
    private final Object creating = new Object();

    ExportJobs(ExportableLists lists, ExportJobStore store, ExportRunner runner, ExportAudit audit,
               TransactionTemplate embeddedTransactions, Clock clock, ExportProperties properties) {
        this.lists = lists;
        this.store = store;
        this.runner = runner;
        this.audit = audit;
        this.transactions = embeddedTransactions;
        this.clock = clock;
        this.properties = properties;
    }

    Outcome request(AuthorizedGuild guild, ApiCaller caller, String key, Map<String, Object> body) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError("Idempotency-Key",
                    "send a header Idempotency-Key of 8 to 128 letters, digits or . _ : - (a new UUID per request)")));
        }
        ExportOrder order = ExportOrder.parse(body, lists);
        ExportJob job;
        synchronized (creating) {
            var existing = store.byKey(guild.id(), caller.userId(), key);
            if (existing.isPresent()) {
                if (!existing.get().requestDigest().equals(order.digest())) {
                    throw ExportOrder.keyReused();
                }
                return new Outcome(existing.get(), true);
            }
            if (store.unfinished(guild.id()) >= properties.maxRunningPerGuild()) {
                throw ApiProblem.tooMany("This server already has " + properties.maxRunningPerGuild()
                        + " exports queued or running; wait for one to finish or cancel one.", BUSY_RETRY_AFTER);
            }
            Instant now = clock.instant();
            String fileName = ExportFileName.of(guild.name(), order.type(), now.atZone(ZoneOffset.UTC).toLocalDate(),
                    order.format());
            job = transactions.execute(status -> {
                ExportJob created = store.find(guild.id(),
                        store.insert(guild.id(), caller.userId(), key, order, fileName, now)).orElseThrow();
                audit.requested(created);
                return created;
            });
        }
        runner.submit(job);
        return new Outcome(job, false);
    }

    /** Cancelling a cancelled job changes nothing; a finished one cannot be cancelled (409). */
    ExportJob cancel(AuthorizedGuild guild, ApiCaller caller, long id) {
        ExportJob before = store.find(guild.id(), id).orElseThrow(ApiProblem::notFound);
        if (before.status().unfinished()) {
            transactions.executeWithoutResult(status -> {
                if (store.cancel(guild.id(), id, clock.instant())) {
                    audit.cancelled(before, caller.userId());
                }
            });
            runner.cancelled(id);
        }
        // re-read: cancelled now, cancelled before, or it ended on its own in the meantime
        ExportJob now = store.find(guild.id(), id).orElseThrow(ApiProblem::notFound);
        if (now.status() != ExportStatus.CANCELLED) {
            throw new ApiProblem(HttpStatus.CONFLICT, "This export has already ended (" + now.status()
                    + "); only a queued or running export can be cancelled.");
        }
        return now;
    }

    List<ExportJob> list(AuthorizedGuild guild) {
        return store.list(guild.id());
    }

    ExportJob one(AuthorizedGuild guild, long id) {
        return store.find(guild.id(), id).orElseThrow(ApiProblem::notFound);
    }

    /** The job to download, after the checks; audited by the caller once the file is open. */
    ExportJob downloadable(AuthorizedGuild guild, long id) {
        ExportJob job = one(guild, id);
        return switch (job.status()) {
            case SUCCEEDED -> job;
            case EXPIRED -> throw gone();
            case QUEUED, RUNNING -> throw new ApiProblem(HttpStatus.CONFLICT,
                    "This export is not finished yet; download it once its status is SUCCEEDED.");
            case FAILED, CANCELLED -> throw new ApiProblem(HttpStatus.CONFLICT,
                    "This export did not finish (" + job.status() + "), so it has no file.");
        };
    }

    static ApiProblem gone() {
        return new ApiProblem(HttpStatus.GONE, "This export's file has expired and was deleted; request it again.");
    }
}
