package org.jixiao.goals.domain;

import java.math.BigDecimal;
import java.util.Objects;

import org.jixiao.indicators.domain.IndicatorValue;
import org.jixiao.indicators.domain.Level1Category;
import org.jixiao.indicators.domain.Level2Category;
import org.jixiao.indicators.domain.NormalizedLabel;

/**
 * 三级指标: one row of the indicator table — its 一级/二级 category (original label kept beside the
 * normalised category), name, 绩效指标描述, 指标值 (typed), 指标值确定依据, optional 分值 and the fields that make
 * it checkable: 计算公式/计算方法, 数据来源, 评（扣）分标准.
 */
public record Indicator(
        NormalizedLabel<Level1Category> level1,
        NormalizedLabel<Level2Category> level2,
        String name,
        String description,
        IndicatorValue value,
        /** 指标值确定依据: where the target value comes from. */
        String basis,
        /** 分值: the weight of the indicator in a self-evaluation, when the table assigns one. */
        BigDecimal weight,
        /** 计算公式/计算方法. */
        String formula,
        /** 数据来源. */
        String dataSource,
        /** 评（扣）分标准. */
        String scoringStandard) {

    public Indicator {
        Objects.requireNonNull(level1, "level1");
        Objects.requireNonNull(level2, "level2");
        Objects.requireNonNull(value, "value");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an indicator needs a name (三级指标)");
        }
        // one scale for every instance: 10, 10.0 and the database's 10.00 are the same weight
        weight = weight == null ? null : weight.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
