package org.jixiao.rectification.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.scoring.domain.Grade;
import org.jixiao.shared.FiscalYear;

/**
 * 结果应用规则, one version per 财政区划 and years, as data: what each self-evaluation grade suggests for next year's
 * budget, the 预算执行率 below which the unspent share is suggested for 核减, and the 偏离度 above which an
 * over-achieved indicator's target is suggested to be raised.
 *
 * @param region         the area it applies to; empty for the national default
 * @param from           first 年度 (of the results applied) it covers
 * @param until          last 年度 it covers, empty for open-ended
 * @param byGrade        优/良/中/差 → 优先保障/保障/压缩/取消
 * @param executionBelow a rate (0–1): execution below it suggests 核减 by the unspent share
 * @param deviationAbove a 偏离度 (0–…): over-achievement above it suggests raising the target
 * @param lowScoreRate   a 得分率 (0 < rate ≤ 1): a self-evaluation's 一级/二级 group scoring below this share of its
 *                       分值 is offered as a 自评得分偏低 problem for 整改
 */
public record ApplicationRules(String id, String name, String basis, Optional<RegionCode> region, int from,
                               Optional<Integer> until, Map<Grade, BudgetUse> byGrade, BigDecimal executionBelow,
                               BigDecimal deviationAbove, BigDecimal lowScoreRate) {

    public ApplicationRules {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        basis = basis == null ? "" : basis;
        region = region == null ? Optional.empty() : region;
        until = until == null ? Optional.empty() : until;
        byGrade = Map.copyOf(new EnumMap<>(byGrade));
        for (Grade g : Grade.values()) {
            if (!byGrade.containsKey(g)) {
                throw new IllegalArgumentException(id + ": no budget use for grade " + g.label());
            }
        }
        Objects.requireNonNull(executionBelow, "executionBelow");
        Objects.requireNonNull(deviationAbove, "deviationAbove");
        if (executionBelow.signum() < 0 || executionBelow.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(id + ": executionBelow must lie in 0–1");
        }
        if (deviationAbove.signum() < 0) {
            throw new IllegalArgumentException(id + ": deviationAbove must not be negative");
        }
        Objects.requireNonNull(lowScoreRate, "lowScoreRate");
        if (lowScoreRate.signum() <= 0 || lowScoreRate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(id + ": lowScoreRate must lie in (0, 1], was " + lowScoreRate.toPlainString());
        }
        if (until.isPresent() && until.get() < from) {
            throw new IllegalArgumentException(id + ": until before from");
        }
    }

    public boolean covers(FiscalYear year) {
        return year.value() >= from && until.map(u -> year.value() <= u).orElse(true);
    }
}
