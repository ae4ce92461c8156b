package org.jixiao.audit;

import java.util.List;

import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.orgs.OrgScope;
import org.jixiao.review.domain.ReviewSubject;
import org.jixiao.review.domain.SubjectKind;
import org.jixiao.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the audit trail, within an {@link OrgScope}: the history of a subject outside it does not exist. */
@Service
@Transactional(readOnly = true)
public class AuditQueries {

    private final AuditEvents events;
    private final GoalTableQueries goalTables;

    AuditQueries(AuditEvents events, GoalTableQueries goalTables) {
        this.events = events;
        this.goalTables = goalTables;
    }

    /**
     * Every recorded event of the subject, oldest first.
     *
     * @throws NotFoundException when the subject does not exist or lies outside the scope
     */
    public List<AuditEntry> historyOf(ReviewSubject subject, OrgScope scope) {
        if (subject.kind() == SubjectKind.GOAL_TABLE) {
            goalTables.findTable(new GoalTableId(subject.id()), scope)
                    .orElseThrow(() -> new NotFoundException("目标表 " + subject.id() + " 不存在"));
        } else {
            throw new NotFoundException(subject.kind().label() + " " + subject.id() + " 不存在");
        }
        return events.findBySubject(subject.kind(), subject.id());
    }
}
