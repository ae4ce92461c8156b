package org.jixiao.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jixiao.audit.domain.AuditAction;
import org.jixiao.audit.domain.FieldChange;
import org.jixiao.audit.domain.GoalTableDiff;
import org.jixiao.audit.domain.ReviewRecord;
import org.jixiao.goals.GoalTableChanged;
import org.jixiao.goals.GoalTablesChanged;
import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.domain.GoalTable;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.orgs.CurrentActor;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.review.domain.ReviewEvent;
import org.jixiao.review.domain.SubjectKind;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records every goal-table write and every review step as it happens: synchronous listeners, so the record is
 * written in the transaction of the change — if it cannot be written, the change fails too.
 *
 * <p>The address is the request's {@link HttpServletRequest#getRemoteAddr()}: {@code X-Forwarded-For} is not trusted
 * unless the server is configured to (for instance {@code server.forward-headers-strategy=native} behind a proxy
 * that sets it).
 */
@Component
class AuditRecorder {

    private final AuditEvents events;
    private final GoalTableQueries goalTables;
    private final Clock clock;

    AuditRecorder(AuditEvents events, GoalTableQueries goalTables, Clock clock) {
        this.events = events;
        this.goalTables = goalTables;
        this.clock = clock;
    }

    @EventListener
    void on(GoalTableChanged event) {
        events.insert(entryOf(event, CurrentActor.get(), clock.instant(), remoteAddress()));
    }

    /** A bulk save (an import): the same records as one event per table, written in one batch. */
    @EventListener
    void on(GoalTablesChanged batch) {
        Optional<Actor> actor = CurrentActor.get();
        Instant at = clock.instant();
        String address = remoteAddress();
        events.insertAll(batch.changes().stream().map(change -> entryOf(change, actor, at, address)).toList());
    }

    private static AuditEntry entryOf(GoalTableChanged event, Optional<Actor> actor, Instant at, String address) {
        GoalTableChanged.State before = event.before();
        GoalTableChanged.State after = event.after();
        List<FieldChange> changes = GoalTableDiff.between(before == null ? null : before.table(),
                before == null ? null : before.project(), after.table(), after.project());
        String title = title(after);
        String summary = event.created()
                ? "新建" + after.table().kind().label() + "「" + title + "」，" + after.table().indicators().size() + " 个指标"
                : changes.isEmpty() ? "保存「" + title + "」，内容无变化"
                : "修改「" + title + "」，" + changes.size() + " 处";
        return new AuditEntry(null, SubjectKind.GOAL_TABLE, event.id().value(), event.unitCode(),
                event.created() ? AuditAction.CREATE : AuditAction.UPDATE,
                actor.map(Actor::userId).orElse(null), actor.map(Actor::username).orElse(null),
                actor.map(Actor::displayName).orElse(AuditEntry.SYSTEM), at, address, summary, changes);
    }

    @EventListener
    void on(ReviewEvent event) {
        ReviewRecord record = ReviewRecord.of(event);
        String unitCode = event.subject().kind() == SubjectKind.GOAL_TABLE
                ? goalTables.findTable(new GoalTableId(event.subject().id()), OrgScope.unrestricted())
                        .map(GoalTable::unitCode).orElse(null)
                : null;
        // the event names its actor; the username is known when that actor is the one signed in
        String username = CurrentActor.get().filter(a -> a.userId() == event.actorId()).map(Actor::username)
                .orElse(null);
        events.insert(new AuditEntry(null, event.subject().kind(), event.subject().id(), unitCode, record.action(),
                event.actorId() > 0 ? event.actorId() : null, username, event.actorName(), event.at(), remoteAddress(),
                record.summary(), record.changes()));
    }

    private static String title(GoalTableChanged.State state) {
        return state.project() == null ? state.table().year().value() + "年度" + state.table().kind().label()
                : state.project().name();
    }

    /** The client address of the current request; null outside a request. */
    static String remoteAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest().getRemoteAddr();
        }
        return null;
    }
}
