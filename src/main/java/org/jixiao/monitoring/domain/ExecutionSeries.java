package org.jixiao.monitoring.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.projects.domain.Checkpoint;
import org.jixiao.projects.domain.SpendingPlan;
import org.jixiao.shared.Amount;
import org.jixiao.shared.FiscalYear;

/**
 * One project's (or one unit's) budget execution in a fiscal year, as far as it is reported: the 年初预算数, the
 * 预算调整 and the monthly 实际支出 from January through {@code reportedThrough}. Derives the cumulative rate of
 * every month against the budget in force at its end, the execution against 序时进度 and against the project's
 * own 资金支出计划, and the 年度平均执行率 of seed 002.
 *
 * @param year            the fiscal year
 * @param initialBudget   年初预算数, above 0
 * @param adjustments     预算调整 within the year, in any order; on one date the last one listed wins
 * @param records         实际支出 per month, none after {@code reportedThrough}
 * @param reportedThrough the last month whose figures are in (1–12)
 */
public record ExecutionSeries(FiscalYear year, Amount initialBudget, List<BudgetAdjustment> adjustments,
                              List<ExecutionRecord> records, int reportedThrough) {

    public ExecutionSeries {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(initialBudget, "initialBudget");
        adjustments = adjustments.stream().sorted(Comparator.comparing(BudgetAdjustment::date)).toList();
        records = List.copyOf(records);
        if (initialBudget.yuan().signum() <= 0) {
            throw new IllegalArgumentException("the initial budget is above 0: " + initialBudget);
        }
        if (!Months.isValid(reportedThrough)) {
            throw new IllegalArgumentException("reported through month 1–12: " + reportedThrough);
        }
        for (BudgetAdjustment adjustment : adjustments) {
            if (adjustment.date().getYear() != year.value()) {
                throw new IllegalArgumentException("adjustment outside fiscal year " + year + ": " + adjustment.date());
            }
        }
        for (ExecutionRecord record : records) {
            if (record.month() > reportedThrough) {
                throw new IllegalArgumentException("spending of month " + record.month()
                        + " after the last reported month " + reportedThrough);
            }
        }
    }

    /** 调整后预算数 in force on the last day of {@code month}. */
    public Amount budgetAt(int month) {
        requireReported(month);
        LocalDate end = YearMonth.of(year.value(), month).atEndOfMonth();
        Amount budget = initialBudget;
        for (BudgetAdjustment adjustment : adjustments) {
            if (!adjustment.date().isAfter(end)) {
                budget = adjustment.newBudget();
            }
        }
        return budget;
    }

    /** The budget after the last adjustment reported (全年预算数 so far). */
    public Amount currentBudget() {
        return adjustments.isEmpty() ? initialBudget : adjustments.get(adjustments.size() - 1).newBudget();
    }

    /** The execution at the end of {@code month} (1 … reportedThrough). */
    public MonthlyExecution month(int month) {
        requireReported(month);
        BigDecimal spent = BigDecimal.ZERO;
        BigDecimal cumulative = BigDecimal.ZERO;
        for (ExecutionRecord record : records) {
            if (record.month() == month) {
                spent = spent.add(record.amount().yuan());
            }
            if (record.month() <= month) {
                cumulative = cumulative.add(record.amount().yuan());
            }
        }
        return new MonthlyExecution(month, budgetAt(month), Amount.ofYuan(spent), Amount.ofYuan(cumulative));
    }

    /**
     * The execution at the end of every reported month, January first: one pass over the records (the same figures
     * as {@link #month} month by month).
     */
    public List<MonthlyExecution> months() {
        BigDecimal[] spent = new BigDecimal[reportedThrough + 1];
        java.util.Arrays.fill(spent, BigDecimal.ZERO);
        for (ExecutionRecord record : records) {
            spent[record.month()] = spent[record.month()].add(record.amount().yuan());
        }
        List<MonthlyExecution> months = new ArrayList<>(reportedThrough);
        BigDecimal cumulative = BigDecimal.ZERO;
        for (int m = 1; m <= reportedThrough; m++) {
            cumulative = cumulative.add(spent[m]);
            months.add(new MonthlyExecution(m, budgetAt(m), Amount.ofYuan(spent[m]), Amount.ofYuan(cumulative)));
        }
        return months;
    }

    /** The latest reported month. */
    public MonthlyExecution latest() {
        return month(reportedThrough);
    }

    /** The cumulative rate of each month from {@code fromMonth} through {@code throughMonth}, uncapped. */
    public List<BigDecimal> monthlyRates(int fromMonth, int throughMonth) {
        requireSpan(fromMonth, throughMonth);
        List<BigDecimal> rates = new ArrayList<>();
        for (MonthlyExecution month : months().subList(fromMonth - 1, throughMonth)) {
            rates.add(month.rate());
        }
        return rates;
    }

    /**
     * 年度平均执行率 (seed 002, rules.md §4.3): the mean of the monthly cumulative rates from {@code fromMonth} (the
     * first month the finance bureau reported) through {@code throughMonth}, each capped at {@code monthlyCap}
     * (100%). Exact; a mean that does not terminate carries 34 significant digits.
     */
    public BigDecimal averageRate(int fromMonth, int throughMonth, BigDecimal monthlyCap) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal rate : monthlyRates(fromMonth, throughMonth)) {
            sum = sum.add(rate.min(monthlyCap));
        }
        return Rates.divide(sum, BigDecimal.valueOf(throughMonth - fromMonth + 1L));
    }

    /** 年度平均执行率 from January through the last reported month, each month capped at 100%. */
    public BigDecimal averageRate() {
        return averageRate(1, reportedThrough, BigDecimal.ONE);
    }

    /** Execution at every checkpoint of {@code plan} within the reported months, each at its own month. */
    public List<PlanComparison> againstPlan(SpendingPlan plan) {
        List<PlanComparison> comparisons = new ArrayList<>();
        for (Checkpoint checkpoint : plan.checkpoints()) {
            if (checkpoint.month() <= reportedThrough) {
                comparisons.add(new PlanComparison(checkpoint.month(), share(checkpoint), month(checkpoint.month())));
            }
        }
        return comparisons;
    }

    /**
     * The execution at the end of {@code month} against the latest checkpoint of {@code plan} not after it (at
     * 1–7月, the 6月底 checkpoint); empty before the plan's first checkpoint.
     */
    public Optional<PlanComparison> againstPlanAt(SpendingPlan plan, int month) {
        requireReported(month);
        Checkpoint latest = null;
        for (Checkpoint checkpoint : plan.checkpoints()) {
            if (checkpoint.month() <= month) {
                latest = checkpoint;
            }
        }
        return latest == null ? Optional.empty()
                : Optional.of(new PlanComparison(latest.month(), share(latest), month(month)));
    }

    private static BigDecimal share(Checkpoint checkpoint) {
        return checkpoint.cumulativePercent().divide(Rates.HUNDRED);
    }

    private void requireReported(int month) {
        if (month < 1 || month > reportedThrough) {
            throw new IllegalArgumentException("month " + month + " is not reported (1–" + reportedThrough + ")");
        }
    }

    private void requireSpan(int fromMonth, int throughMonth) {
        requireReported(fromMonth);
        requireReported(throughMonth);
        if (fromMonth > throughMonth) {
            throw new IllegalArgumentException("months " + fromMonth + "–" + throughMonth + " are reversed");
        }
    }
}
