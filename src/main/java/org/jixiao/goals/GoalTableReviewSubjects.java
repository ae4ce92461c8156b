package org.jixiao.goals;

import java.util.List;
import java.util.Optional;

import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.orgs.OrgScope;
import org.jixiao.review.ReviewSubjectInfo;
import org.jixiao.review.ReviewSubjectProvider;
import org.jixiao.review.domain.SubjectKind;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Goal tables as review subjects (审核对象): the review locks a table on 送审 and unlocks it on 撤回/退回/调整, keeps its
 * REST document as the approved snapshot, and lists a unit-year's tables for the 审核状态 column. The ERROR
 * findings that block 送审 come from the check engine ({@code checks}' {@code ReviewGate}).
 */
@Component
class GoalTableReviewSubjects implements ReviewSubjectProvider {

    private final GoalTableQueries queries;
    private final GoalTableManagement management;

    GoalTableReviewSubjects(GoalTableQueries queries, GoalTableManagement management) {
        this.queries = queries;
        this.management = management;
    }

    @Override
    public SubjectKind kind() {
        return SubjectKind.GOAL_TABLE;
    }

    @Override
    public Optional<ReviewSubjectInfo> find(long id, OrgScope scope) {
        if (id <= 0) {
            return Optional.empty();
        }
        return queries.find(new GoalTableId(id), scope).map(t -> new ReviewSubjectInfo(t.unitCode(), t.year(),
                t.title(), t.unitName(), "/goal-tables/" + id, t.content().indicators().size()));
    }

    @Override
    public void lock(long id) {
        management.lock(new GoalTableId(id));
    }

    @Override
    public void unlock(long id) {
        management.unlock(new GoalTableId(id));
    }

    @Override
    public String snapshot(long id, OrgScope scope) {
        return queries.snapshot(new GoalTableId(id), scope)
                .orElseThrow(() -> new NotFoundException("目标表 " + id + " 不存在"));
    }

    @Override
    public List<Long> listed(String unitCode, FiscalYear year, OrgScope scope) {
        return queries.list(unitCode, year, scope).stream().map(t -> t.id().value()).toList();
    }
}
