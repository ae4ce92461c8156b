package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The scored project self-evaluation: one line for 预算执行率 and one per indicator, each with its
 * explanation, the total (re-based to 100 when indicators are 不适用), the grade and every violation.
 *
 * @param total empty while a line is refused
 */
public record ProjectScore(String policyId, Line execution, List<Line> indicators, Optional<BigDecimal> total,
                           Optional<Grade> grade, Explanation totalExplanation, List<ScoringViolation> violations) {

    public ProjectScore {
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(execution, "execution");
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(totalExplanation, "totalExplanation");
        violations = List.copyOf(violations);
    }

    /**
     * One scored row.
     *
     * @param path          where in the document ({@code execution}, {@code indicators[2]})
     * @param score         the score after any reviewer deduction; empty when refused or not applicable
     * @param notApplicable 不适用
     * @param deviation     偏离度 of an over-achievement, when computed
     * @param deviationOverThreshold whether the 偏离度 reached the policy's threshold
     */
    public record Line(String path, String name, BigDecimal weight, Optional<BigDecimal> score, boolean notApplicable,
                       Optional<BigDecimal> deviation, boolean deviationOverThreshold, Explanation explanation) {
        public Line {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(weight, "weight");
            Objects.requireNonNull(score, "score");
            Objects.requireNonNull(deviation, "deviation");
            Objects.requireNonNull(explanation, "explanation");
        }
    }

    /** Whether nothing is refused or still required. */
    public boolean acceptable() {
        return violations.isEmpty();
    }

    /** @throws ScoringRefusedException with every Chinese message when not {@link #acceptable()} */
    public ProjectScore requireAcceptable() {
        if (!acceptable()) {
            throw new ScoringRefusedException(violations);
        }
        return this;
    }

    public Line line(String name) {
        return indicators.stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no indicator " + name));
    }
}
