package org.jixiao.evaluation;

import java.math.BigDecimal;

import org.jixiao.evaluation.domain.EvaluationId;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.scoring.domain.Grade;

/**
 * One project of a unit-year's list of self-evaluations. {@code id} is null while the project's self-evaluation has
 * not been started; {@code total} and {@code grade} are null while it is incomplete.
 */
public record SelfEvaluationSummary(EvaluationId id, GoalTableId goalTableId, String projectCode, String projectName,
                                    BigDecimal total, Grade grade, long version) {

    public boolean started() {
        return id != null;
    }
}
