package org.jixiao.rectification.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jixiao.scoring.domain.Grade;

/**
 * One suggestion for next year's goal table, derived from last year's results by {@link ApplicationRules}.
 *
 * @param kind     what is suggested
 * @param position the indicator row it concerns; -1 for the whole table (budget)
 * @param use      for {@link Kind#BUDGET_USE}: 优先保障/保障/压缩/取消
 * @param amount   for {@link Kind#CUT_UNSPENT}: the suggested 核减 in 元 (budget × unspent share, scale 2)
 * @param text     the suggestion in Chinese, with the figures it rests on
 */
public record Suggestion(Kind kind, int position, BudgetUse use, BigDecimal amount, String text) {

    /** The kinds of suggestion. */
    public enum Kind {
        /** 评价等级挂钩预算: from the grade. */
        BUDGET_USE,
        /** 核减: execution below the threshold, by the unspent share. */
        CUT_UNSPENT,
        /** 调高指标值: over-achieved by more than the 偏离度 threshold. */
        RAISE_TARGET
    }

    /**
     * The table's suggestions: the grade's budget use (when graded) and 核减 when the execution rate is below the
     * threshold. {@code budget}/{@code executed} in 元; a missing or zero budget gives no execution suggestion.
     */
    public static List<Suggestion> forTable(ApplicationRules rules, Optional<Grade> grade, BigDecimal budget,
                                            BigDecimal executed) {
        List<Suggestion> result = new ArrayList<>();
        grade.ifPresent(g -> {
            BudgetUse use = rules.byGrade().get(g);
            result.add(new Suggestion(Kind.BUDGET_USE, -1, use, null,
                    "上年自评等级为“" + g.label() + "”，建议下年预算" + use.label()));
        });
        if (budget != null && executed != null && budget.signum() > 0) {
            // compared exactly (executed < budget × threshold); the rates are rounded for the text only
            if (executed.compareTo(budget.multiply(rules.executionBelow())) < 0) {
                BigDecimal unspent = budget.subtract(executed).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
                result.add(new Suggestion(Kind.CUT_UNSPENT, -1, null, unspent,
                        "上年预算执行率 " + percent(executed.divide(budget, 6, RoundingMode.HALF_UP)) + "，低于 "
                                + percent(rules.executionBelow()) + "，建议按未执行比例 "
                                + percent(unspent.divide(budget, 6, RoundingMode.HALF_UP)) + " 核减预算 "
                                + unspent.toPlainString() + " 元"));
            }
        }
        return result;
    }

    /**
     * An indicator's suggestion: raise the target when its 偏离度 (over-achievement, a fraction) exceeds the
     * threshold.
     */
    public static Optional<Suggestion> forIndicator(ApplicationRules rules, int position, String target, String actual,
                                                    Optional<BigDecimal> deviation) {
        if (deviation.isEmpty() || deviation.get().compareTo(rules.deviationAbove()) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Suggestion(Kind.RAISE_TARGET, position, null, null,
                "上年实际完成 " + actual + "，超出指标值 " + target + " 的偏离度为 " + percent(deviation.get()) + "（高于 "
                        + percent(rules.deviationAbove()) + "），建议调高指标值"));
    }

    /** A stable key for recording a decision: kind and position. */
    public String key() {
        return kind.name() + (position < 0 ? "" : ":" + position);
    }

    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }
}
