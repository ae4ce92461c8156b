package org.jixiao.indicators.domain;

import java.util.Optional;

/**
 * 指标方向: whether a larger actual value is better (正向), a smaller one (反向), or hitting the target is
 * what counts. Scoring follows it (rules.md §2.4: ≥/> 正向, ≤/< 反向, = 等于).
 */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    TARGET;

    /** What the comparator says: ≥ > higher, ≤ < lower, = target; nothing for a bare number. */
    public static Optional<Direction> fromComparator(Comparator comparator) {
        return switch (comparator) {
            case GE, GT -> Optional.of(HIGHER_IS_BETTER);
            case LE, LT -> Optional.of(LOWER_IS_BETTER);
            case EQ -> Optional.of(TARGET);
            case NONE -> Optional.empty();
        };
    }

    /** What the indicator's name says under the default keywords ({@link DirectionRules#defaults()}). */
    public static Optional<Direction> fromName(String indicatorName) {
        return fromName(indicatorName, DirectionRules.defaults());
    }

    /** What the indicator's name says under {@code rules}; empty when no keyword occurs. */
    public static Optional<Direction> fromName(String indicatorName, DirectionRules rules) {
        return rules.match(indicatorName);
    }

    /** {@link #derive(String, IndicatorValue, DirectionRules)} with the default keywords. */
    public static Direction derive(String indicatorName, IndicatorValue value) {
        return derive(indicatorName, value, DirectionRules.defaults());
    }

    /**
     * The direction to score an indicator by. The comparator written in the value wins over the name: it is
     * what the author committed to and what the 计算符号 of the scoring formula follows (rules.md §2.4), so
     * {@code 发放成功率 ≤95%} derives {@link #LOWER_IS_BETTER} although its name points up. That disagreement
     * is a finding for a later check, which compares {@link #fromComparator} with {@link #fromName}. Without
     * a comparator (a bare number, a deadline, text) the name decides; with no keyword, {@link #TARGET}.
     */
    public static Direction derive(String indicatorName, IndicatorValue value, DirectionRules rules) {
        if (value instanceof Quantitative quantitative) {
            Optional<Direction> written = fromComparator(quantitative.comparator());
            if (written.isPresent()) {
                return written.get();
            }
        }
        return fromName(indicatorName, rules).orElse(TARGET);
    }
}
