package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.jixiao.indicators.domain.Level1Category;

/**
 * 一级指标权重 of a project self-evaluation (rules.md §2.2): the 预算执行率 weight and one weight per 一级指标,
 * together 100 (default 10 + 产出 50 + 效益 30 + 满意度 10, "如有特殊情况，一级指标权重可做适当调整").
 */
public record ProjectWeights(BigDecimal execution, Map<Level1Category, BigDecimal> levels) {

    public ProjectWeights {
        Objects.requireNonNull(execution, "execution");
        levels = Map.copyOf(new EnumMap<>(levels));
        BigDecimal sum = execution;
        for (BigDecimal weight : levels.values()) {
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("a weight is not negative: " + levels);
            }
            sum = sum.add(weight);
        }
        if (execution.signum() < 0 || sum.compareTo(Scores.HUNDRED) != 0) {
            throw new IllegalArgumentException("预算执行率 and 一级指标 weights add up to 100, not " + sum);
        }
    }

    /** The weight of {@code level}; zero when the layout has no such 一级指标. */
    public BigDecimal level(Level1Category level) {
        return levels.getOrDefault(level, BigDecimal.ZERO);
    }
}
