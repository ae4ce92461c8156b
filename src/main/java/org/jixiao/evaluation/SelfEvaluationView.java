package org.jixiao.evaluation;

import org.jixiao.evaluation.domain.EvaluationId;
import org.jixiao.evaluation.domain.ScoredSelfEvaluation;
import org.jixiao.evaluation.domain.SelfEvaluationInput;
import org.jixiao.goals.GoalTableView;

/**
 * A project self-evaluation with everything its form shows: the goal table (targets, 一级/二级/三级), the input as
 * stored (or as just typed, for a preview) and the engine's scores and explanations. {@code id} is null for a
 * document scored without a stored self-evaluation.
 */
public record SelfEvaluationView(EvaluationId id, long version, GoalTableView table, SelfEvaluationInput input,
                                 ScoredSelfEvaluation scored, String policyName) {

    public String projectCode() {
        return table.project() == null ? null : table.project().content().code().value();
    }

    public String projectName() {
        return table.title();
    }
}
