package org.jixiao.monitoring.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * 绩效目标实现程度与预算执行进度差异 (Sichuan 川财绩〔2025〕10号 [L, S21]: 差异 &gt; 10% → 预警): when the goal progress
 * and the execution rate differ by more than {@code maxGap} (fractions; strictly more), {@code lamp}.
 */
public record GoalGapRule(BigDecimal maxGap, Lamp lamp) {

    public GoalGapRule {
        Objects.requireNonNull(maxGap, "maxGap");
        Objects.requireNonNull(lamp, "lamp");
        if (maxGap.signum() < 0 || lamp.isGreen()) {
            throw new IllegalArgumentException("a goal gap rule has a non-negative gap and warns with 红 or 黄");
        }
    }
}
