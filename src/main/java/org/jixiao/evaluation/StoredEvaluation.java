package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.evaluation.domain.EvaluationId;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.shared.FiscalYear;

/**
 * A self-evaluation as stored: money in 元 (null when not entered), one row per indicator position.
 */
record StoredEvaluation(EvaluationId id, String unitCode, FiscalYear year, GoalTableId goalTableId, BigDecimal budget,
                        BigDecimal executed, String executionReason, List<Row> rows, long version) {

    StoredEvaluation {
        rows = List.copyOf(rows);
    }

    /** {@code assessment} is MEASURED, JUDGED or NOT_APPLICABLE. */
    record Row(int position, String indicatorName, String assessment, String actual, String band,
               BigDecimal judgedScore, String deviationReason, BigDecimal deduction, String deductionReason) {
    }
}
