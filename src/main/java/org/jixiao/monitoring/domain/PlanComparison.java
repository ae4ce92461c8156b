package org.jixiao.monitoring.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Execution against one checkpoint of the project's own 资金支出计划 (seed 001: 6月底 60%): the cumulative execution
 * at the end of {@code execution.month()} (the checkpoint's month, or a later month still governed by it)
 * against the share planned by the end of {@code checkpointMonth}.
 *
 * @param checkpointMonth the month of the checkpoint
 * @param planned         the planned cumulative share of the budget, as a fraction (0.60)
 * @param execution       the execution compared
 */
public record PlanComparison(int checkpointMonth, BigDecimal planned, MonthlyExecution execution) {

    public PlanComparison {
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(execution, "execution");
        if (!Months.isValid(checkpointMonth) || checkpointMonth > execution.month()) {
            throw new IllegalArgumentException("checkpoint month " + checkpointMonth + " after " + execution.month());
        }
    }

    /** 偏差 = 实际执行率 − 计划执行率, in fractions (−0.15 = 15 percentage points behind plan). */
    public BigDecimal deviation() {
        return execution.rate().subtract(planned);
    }

    /**
     * 支付进度率 = 实际支付进度 / 既定支付进度 (rules.md §4.1), computed as 累计支出 / (预算 × 计划比例) in one
     * division; empty when the plan foresaw nothing by then.
     */
    public Optional<BigDecimal> ratio() {
        if (planned.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(Rates.divide(execution.cumulative().yuan(), execution.budget().yuan().multiply(planned)));
    }
}
