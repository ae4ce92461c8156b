package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jixiao.goals.domain.Indicator;
import org.jixiao.scoring.domain.Explanation;
import org.jixiao.scoring.domain.Grade;
import org.jixiao.scoring.domain.ScoringViolation;

/**
 * A self-evaluation scored by the engine: the execution line, one row per indicator (target from the goal table,
 * the actual as typed, weight, score and {@link Explanation}), the total and grade (empty while a row is not
 * filled in or is refused) and every violation, input and scoring ones together, each with its field path.
 *
 * @param budgetWan          全年预算数 as read, null when blank or not a number
 * @param executedWan        全年执行数 as read, null when blank or not a number
 * @param weightsFromTable   whether the weights are the goal table's 分值 (else the policy's, spread evenly)
 * @param blocking           the violations that refuse a save (values that cannot be stored or scored)
 */
public record ScoredSelfEvaluation(String policyId, String templateId, BigDecimal budgetWan, BigDecimal executedWan,
                                   String executionReason, ExecutionResult execution, List<RowResult> rows,
                                   Optional<BigDecimal> total, Optional<Grade> grade, Explanation totalExplanation,
                                   boolean weightsFromTable, List<ScoringViolation> violations,
                                   List<ScoringViolation> blocking) {

    public ScoredSelfEvaluation {
        rows = List.copyOf(rows);
        violations = List.copyOf(violations);
        blocking = List.copyOf(blocking);
    }

    /** The 预算执行率 line. */
    public record ExecutionResult(BigDecimal weight, Optional<BigDecimal> rate, Optional<BigDecimal> score,
                                  Explanation explanation) {
    }

    /**
     * One indicator.
     *
     * @param kind      how it is assessed (derived from the target; 不适用 when chosen)
     * @param band      the band judged (定性, late deadline), null otherwise
     * @param score     the entered score within the band, null otherwise
     * @param result    the line's score; empty when not filled in, refused or not applicable
     * @param complete  whether the row is filled in far enough to be scored
     */
    public record RowResult(int index, Indicator indicator, AssessmentKind kind, BigDecimal weight, String actual,
                            org.jixiao.scoring.domain.QualitativeBand band, BigDecimal score,
                            String deviationReason, BigDecimal deduction, String deductionReason,
                            Optional<BigDecimal> result, Optional<BigDecimal> deviation, boolean complete,
                            Explanation explanation) {

        public String target() {
            return indicator.value().format();
        }

        /** How the target asks to be assessed, whether or not the row is marked 不适用. */
        public AssessmentKind targetKind() {
            return indicator.value() instanceof org.jixiao.indicators.domain.Quantitative ? AssessmentKind.MEASURED
                    : indicator.value() instanceof org.jixiao.indicators.domain.Deadline ? AssessmentKind.DEADLINE
                    : AssessmentKind.JUDGED;
        }
    }

    /** Whether it can be saved: no value that cannot be stored or scored. */
    public boolean savable() {
        return blocking.isEmpty();
    }
}
