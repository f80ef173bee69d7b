package dev.trackboard.embedded.exports;

import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.tracking.AuditTrail;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The audit entries of exports: target type EXPORT, target id the job id, target name the file name.
 * A request records what was exported (type, format, filters), a cancel the status it ended, a
 * download nothing but the fact. None of them can be undone (AuditRevert refuses unknown actions).
 */
@Component
@ConditionalOnEmbeddedMode
class ExportAudit {

    static final String REQUESTED = "EXPORT_REQUESTED";
    static final String CANCELLED = "EXPORT_CANCELLED";
    static final String DOWNLOADED = "EXPORT_DOWNLOADED";
    static final String TARGET_TYPE = "EXPORT";

    private final AuditTrail trail;

    ExportAudit(AuditTrail trail) {
        this.trail = trail;
    }

    void requested(ExportJob job) {
        trail.record(job.guildId(), job.requestedBy(), REQUESTED, target(job), List.of(
                new AuditTrail.Change("type", null, job.type().name()),
                new AuditTrail.Change("format", null, job.format().name()),
                new AuditTrail.Change("filters", null, job.filters())));
    }

    void cancelled(ExportJob job, String actorId) {
        trail.record(job.guildId(), actorId, CANCELLED, target(job),
                List.of(new AuditTrail.Change("status", job.status().name(), ExportStatus.CANCELLED.name())));
    }

    void downloaded(ExportJob job, String actorId) {
        trail.record(job.guildId(), actorId, DOWNLOADED, target(job), List.of());
    }

    private static AuditTrail.Target target(ExportJob job) {
        return new AuditTrail.Target(TARGET_TYPE, job.id(), job.fileName());
    }
}
