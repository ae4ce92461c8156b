package org.jixiao.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jixiao.audit.domain.AuditAction;
import org.jixiao.audit.domain.FieldChange;
import org.jixiao.review.domain.SubjectKind;

/**
 * One recorded event of the audit trail. The actor is kept as they were at the time: id and username null for the
 * system's own work, whose {@code actorName} is {@value #SYSTEM}.
 *
 * @param id            null before it is stored
 * @param remoteAddress the client address of the request, null outside a request
 */
public record AuditEntry(Long id, SubjectKind subjectKind, long subjectId, String unitCode, AuditAction action,
                         Long actorId, String actorUsername, String actorName, Instant occurredAt,
                         String remoteAddress, String summary, List<FieldChange> changes) {

    /** The actor name of work done by the system itself (startup, demo data). */
    public static final String SYSTEM = "系统";

    public AuditEntry {
        Objects.requireNonNull(subjectKind, "subjectKind");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actorName, "actorName");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(summary, "summary");
        changes = List.copyOf(changes);
    }
}
