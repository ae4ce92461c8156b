package org.jixiao.monitoring.domain;

import java.math.BigDecimal;
import java.util.Objects;

import org.jixiao.shared.Amount;

/**
 * The execution at the end of one month (1–{@code month}月): the budget in force, what was spent in the month and
 * cumulatively, and the rates derived from them, all exact (see {@link Rates}).
 *
 * @param month      the month, 1–12
 * @param budget     调整后预算数 in force on the last day of the month
 * @param spent      实际支出 in this month
 * @param cumulative 实际支出 from January through this month
 */
public record MonthlyExecution(int month, Amount budget, Amount spent, Amount cumulative) {

    public MonthlyExecution {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(spent, "spent");
        Objects.requireNonNull(cumulative, "cumulative");
        if (!Months.isValid(month)) {
            throw new IllegalArgumentException("month must be 1–12: " + month);
        }
        if (budget.yuan().signum() <= 0) {
            throw new IllegalArgumentException("the budget is above 0: " + budget);
        }
    }

    /** 累计执行率 = 累计实际支出 / 调整后预算数 (may exceed 1 when more was spent than the budget in force). */
    public BigDecimal rate() {
        return Rates.divide(cumulative.yuan(), budget.yuan());
    }

    /** The rate, at most {@code cap} (seed 002: "每月执行率超过100%的，按100%计算"). */
    public BigDecimal cappedRate(BigDecimal cap) {
        return rate().min(cap);
    }

    /** 序时进度 = month / 12 (7月: 58.33…%). */
    public BigDecimal timeProgress() {
        return Rates.divide(BigDecimal.valueOf(month), Rates.TWELVE);
    }

    /**
     * 执行进度 ÷ 序时进度 = (累计支出 / 预算) ÷ (month / 12), computed as 累计支出 × 12 / (预算 × month) in one division
     * (rules.md §4.3, fasp2 {@code bgttracewarn}; as a fraction: 0.6 = "60").
     */
    public BigDecimal timeProgressRatio() {
        return Rates.divide(cumulative.yuan().multiply(Rates.TWELVE),
                budget.yuan().multiply(BigDecimal.valueOf(month)));
    }

    /** "1–7月". */
    public String period() {
        return Months.through(month);
    }
}
