package org.jixiao.checks;

import java.util.List;

import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.Severity;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.orgs.OrgScope;
import org.jixiao.review.ReviewGate;
import org.jixiao.review.domain.BlockingFinding;
import org.jixiao.review.domain.SubjectKind;
import org.springframework.stereotype.Component;

/** 智能审核 gates 送审 of a goal table: its ERROR findings (not those kept with 已复核，保留) refuse the submission. */
@Component
class GoalTableReviewGate implements ReviewGate {

    private final CheckQueries checks;

    GoalTableReviewGate(CheckQueries checks) {
        this.checks = checks;
    }

    @Override
    public SubjectKind kind() {
        return SubjectKind.GOAL_TABLE;
    }

    @Override
    public List<BlockingFinding> blockingFindings(long id, OrgScope scope) {
        return checks.check(new GoalTableId(id), scope).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR).map(GoalTableReviewGate::blocking).toList();
    }

    private static BlockingFinding blocking(Finding finding) {
        String location = finding.location().row() == null ? "" : "第" + (finding.location().row() + 1) + "行";
        return new BlockingFinding(finding.rule().name(), location, finding.message());
    }
}
