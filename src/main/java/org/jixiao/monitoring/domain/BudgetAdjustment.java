package org.jixiao.monitoring.domain;

import java.time.LocalDate;
import java.util.Objects;

import org.jixiao.shared.Amount;

/**
 * 预算调整 (追加或调减): from {@code date} on, the project's budget is {@code newBudget} (the adjusted budget, not the
 * change). The rate at the end of a month is measured against the budget in force on the last day of that month
 * (S7: "预算执行率 = 预算执行数 / 调整后预算数"). A reason is required (S7: "年中发生预算调整的…应单独说明理由").
 */
public record BudgetAdjustment(LocalDate date, Amount newBudget, String reason) {

    public BudgetAdjustment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(newBudget, "newBudget");
        Objects.requireNonNull(reason, "reason");
        if (newBudget.yuan().signum() <= 0) {
            throw new IllegalArgumentException("an adjusted budget is above 0: " + newBudget);
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a budget adjustment needs a reason");
        }
    }
}
