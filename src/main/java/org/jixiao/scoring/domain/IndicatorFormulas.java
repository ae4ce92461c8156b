package org.jixiao.scoring.domain;

import java.math.BigDecimal;

import org.jixiao.indicators.domain.Comparator;

/**
 * The project self-evaluation formulas of rules.md §2.3–§2.5 as pure functions returning the exact score and
 * its explanation; the caller rounds once ({@link Scores#round}).
 */
final class IndicatorFormulas {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private IndicatorFormulas() {
    }

    /**
     * 预算执行率得分 (rules.md §2.3): 执行率 = 全年执行数 / 全年预算数, score = 执行率 × 分值, capped at the
     * 分值 (a design decision: §2.3 leaves open whether more than 100% can occur).
     */
    static Outcome execution(BigDecimal budget, BigDecimal executed, BigDecimal weight) {
        Outcome out = new Outcome("得分 = 全年执行数 / 全年预算数 × 分值，执行率超过100%按100%计（rules.md §2.3）")
                .input(Explanation.Term.number("全年预算数(A)", budget, ""))
                .input(Explanation.Term.number("全年执行数(B)", executed, ""))
                .input(Explanation.Term.points("分值", weight));
        BigDecimal rate = Scores.divide(executed, budget);
        out.step(Explanation.Term.percent("执行率(B/A)", rate));
        if (rate.compareTo(BigDecimal.ONE) > 0) {
            out.note("执行率超过100%，按100%计分");
            rate = BigDecimal.ONE;
        }
        return out.score(rate.multiply(weight));
    }

    /** 执行率 B/A. */
    static BigDecimal executionRate(BigDecimal budget, BigDecimal executed) {
        return Scores.divide(executed, budget);
    }

    /**
     * A quantitative (定量) indicator by its 计算符号 (rules.md §2.4, fasp2 PERF_T_WARNSET): 正向 (≥ >) full when
     * the actual reaches the target, else actual/target × weight; 等于 (=) with target 0 full only for 0, with a
     * positive target as 正向; 反向 (≤ <) by the policy's {@link ReverseFormula}. A negative actual counts as 0.
     * An indicator without 计算符号 is scored as 等于.
     */
    static Outcome quantitative(Comparator comparator, BigDecimal target, BigDecimal actual, BigDecimal weight,
                                ReverseFormula reverse) {
        BigDecimal counted = actual.signum() < 0 ? BigDecimal.ZERO : actual;
        Outcome out;
        if (comparator == Comparator.LE || comparator == Comparator.LT) {
            out = reverse(target, counted, weight, reverse);
        } else if ((comparator == Comparator.EQ || comparator == Comparator.NONE) && target.signum() == 0) {
            out = new Outcome("等于（=）指标值为0：实际值 ≤ 0 得满分，否则得0分（rules.md §2.4，fasp2）");
            out.score(counted.signum() <= 0 ? weight : BigDecimal.ZERO);
        } else {
            out = positive(target, counted, weight, comparator == Comparator.GE || comparator == Comparator.GT);
        }
        out.inputs().add(0, Explanation.Term.text("计算符号", symbol(comparator)));
        out.inputs().add(1, Explanation.Term.number("年度指标值", target, ""));
        out.inputs().add(2, Explanation.Term.number("实际完成值", actual, ""));
        out.inputs().add(3, Explanation.Term.points("分值", weight));
        if (actual.signum() < 0) {
            out.note("实际完成值为负数，按0计算（rules.md §2.4）");
        }
        return out;
    }

    private static Outcome positive(BigDecimal target, BigDecimal actual, BigDecimal weight, boolean upward) {
        Outcome out = new Outcome((upward ? "正向（≥/>）" : "等于（=）指标值大于0，同正向")
                + "：实际值 ≥ 指标值 得满分，否则 得分 = 实际值 / 指标值 × 分值（rules.md §2.4）");
        if (actual.compareTo(target) >= 0) {
            return out.score(weight);
        }
        BigDecimal share = Scores.divide(actual, target);
        out.step(Explanation.Term.percent("完成比例（实际值/指标值）", share));
        return out.score(share.multiply(weight));
    }

    private static Outcome reverse(BigDecimal target, BigDecimal actual, BigDecimal weight, ReverseFormula formula) {
        Outcome out = new Outcome("反向（≤/<）：实际值 ≤ 指标值 得满分，否则 得分 = " + formula.formula());
        if (actual.compareTo(target) <= 0) {
            return out.score(weight);
        }
        if (formula == ReverseFormula.RATIO) {
            BigDecimal share = Scores.divide(target, actual);
            out.step(Explanation.Term.percent("指标值/实际值", share));
            return out.score(share.multiply(weight));
        }
        if (actual.compareTo(target.multiply(TWO)) >= 0) {
            out.note("实际值达到指标值的2倍，得0分");
            return out.score(BigDecimal.ZERO);
        }
        BigDecimal excess = Scores.divide(actual.subtract(target), target);
        out.step(Explanation.Term.percent("超出比例（实际值 − 指标值）/指标值", excess));
        return out.score(BigDecimal.ONE.subtract(excess).multiply(weight));
    }

    /**
     * 偏离度 of an over-achievement (rules.md §2.4): how far the actual is better than the target, as a share of
     * the target: (实际值 − 指标值)/指标值 for 正向 and 等于, (指标值 − 实际值)/指标值 for 反向 (the same idea
     * applied to "lower is better", a design decision). Zero when not better; null when the target is 0.
     */
    static BigDecimal deviation(Comparator comparator, BigDecimal target, BigDecimal actual) {
        if (target.signum() == 0) {
            return null;
        }
        boolean reverse = comparator == Comparator.LE || comparator == Comparator.LT;
        BigDecimal better = reverse ? target.subtract(actual) : actual.subtract(target);
        return better.signum() <= 0 ? BigDecimal.ZERO : Scores.divide(better, target.abs());
    }

    static String symbol(Comparator comparator) {
        return comparator == Comparator.NONE ? "（无）" : comparator.symbol();
    }
}
