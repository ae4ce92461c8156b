package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.shared.FiscalYear;

/**
 * 评分口径: the numbers a finance bureau sets for scoring, as versioned data per 财政区划 and 年度 (rules.md §11:
 * "make every number configurable per 财政区划/年度"). Read from JSON; nothing here is a constant in code.
 *
 * @param id                     stable id of this version ({@code default-2020})
 * @param name                   Chinese name shown with every score
 * @param basis                  the documents it follows
 * @param region                 the 财政区划 it applies to; empty for the national default
 * @param from                   first fiscal year it applies to
 * @param until                  last fiscal year, empty while in force
 * @param weights                default 预算执行率 and 一级指标 weights (rules.md §2.2)
 * @param executionReasonBelow   预算执行率 below which a reason is required (rules.md §2.3, S7: 90%)
 * @param deviationThreshold     偏离度 from which over-achievement needs a reason and may be deducted (§2.4: 30%)
 * @param reverseFormula         the 反向 formula (§2.4)
 * @param qualitativeBands       the score range of each 定性 band (§2.5)
 * @param gradeBands             the grade bands (§2.6)
 */
public record ScoringPolicy(String id, String name, String basis, Optional<RegionCode> region, FiscalYear from,
                            Optional<FiscalYear> until, ProjectWeights weights, BigDecimal executionReasonBelow,
                            BigDecimal deviationThreshold, ReverseFormula reverseFormula,
                            QualitativeBands qualitativeBands, GradeBands gradeBands) {

    public ScoringPolicy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(executionReasonBelow, "executionReasonBelow");
        Objects.requireNonNull(deviationThreshold, "deviationThreshold");
        Objects.requireNonNull(reverseFormula, "reverseFormula");
        Objects.requireNonNull(qualitativeBands, "qualitativeBands");
        Objects.requireNonNull(gradeBands, "gradeBands");
        if (until.isPresent() && until.get().compareTo(from) < 0) {
            throw new IllegalArgumentException("policy " + id + " ends before it begins");
        }
        if (deviationThreshold.signum() <= 0 || executionReasonBelow.signum() < 0
                || executionReasonBelow.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("policy " + id + ": thresholds are shares, 偏离度 above 0");
        }
    }

    /** Whether this version applies to {@code year} (its region aside). */
    public boolean covers(FiscalYear year) {
        return year.compareTo(from) >= 0 && until.map(last -> year.compareTo(last) <= 0).orElse(true);
    }

    /** A copy with another reverse formula (a bureau's choice, rules.md §2.4). */
    public ScoringPolicy withReverseFormula(ReverseFormula formula) {
        return new ScoringPolicy(id, name, basis, region, from, until, weights, executionReasonBelow,
                deviationThreshold, formula, qualitativeBands, gradeBands);
    }

    /** A copy with other grade bands. */
    public ScoringPolicy withGradeBands(GradeBands bands) {
        return new ScoringPolicy(id, name, basis, region, from, until, weights, executionReasonBelow,
                deviationThreshold, reverseFormula, qualitativeBands, bands);
    }
}
