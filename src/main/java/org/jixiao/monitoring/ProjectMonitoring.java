package org.jixiao.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jixiao.monitoring.domain.ExecutionAssessment;
import org.jixiao.monitoring.domain.Lamp;
import org.jixiao.projects.domain.ProjectId;
import org.jixiao.projects.domain.SpendingPlan;
import org.jixiao.shared.Amount;

/**
 * One project's execution as far as reported: every month's figures, the 年度平均执行率 and the lamps at the last
 * reported month. Without a 年初预算数 (or before any month is reported) there are no rates: {@code months} is
 * empty, {@code averageRate} and {@code assessment} are null.
 *
 * @param initialBudget 年初预算数 (the project's 预算数), null when the project has none
 * @param currentBudget the budget after the last adjustment so far, null without a budget
 * @param months        month 1 … reportedThrough
 * @param averageRate   年度平均执行率: mean of the monthly cumulative rates, each capped at 100% (exact fraction)
 * @param assessment    the lamps at the last reported month
 */
public record ProjectMonitoring(ProjectId id, String code, String name, Amount initialBudget, Amount currentBudget,
                                SpendingPlan plan, List<MonthFigures> months, BigDecimal averageRate,
                                ExecutionAssessment assessment, List<SpendingEntry> records,
                                List<AdjustmentEntry> adjustments) {

    public ProjectMonitoring {
        months = List.copyOf(months);
        records = List.copyOf(records);
        adjustments = List.copyOf(adjustments);
    }

    /** The overall lamp at the last reported month, if rates could be computed. */
    public Optional<Lamp> lamp() {
        return Optional.ofNullable(assessment).map(ExecutionAssessment::lamp);
    }

    public boolean isRed() {
        return lamp().filter(l -> l == Lamp.RED).isPresent();
    }

    /** The cumulative figures of the last reported month. */
    public Optional<MonthFigures> latest() {
        return months.isEmpty() ? Optional.empty() : Optional.of(months.get(months.size() - 1));
    }

    /** Spent so far. */
    public Amount spent() {
        return records.stream().map(SpendingEntry::amount).reduce(Amount.ZERO, Amount::plus);
    }

    /**
     * The figures at the end of one month, exact fractions for the rates.
     *
     * @param budget       调整后预算数 in force on the month's last day
     * @param rate         累计执行率
     * @param timeProgress 序时进度 (month / 12)
     * @param planned      the 资金支出计划's cumulative share at this month, if the plan has a checkpoint here
     */
    public record MonthFigures(int month, Amount budget, Amount spent, Amount cumulative, BigDecimal rate,
                               BigDecimal timeProgress, BigDecimal timeProgressRatio, BigDecimal planned) {
    }
}
