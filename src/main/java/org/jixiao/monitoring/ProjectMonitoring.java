package org.jixiao.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.monitoring.domain.ExecutionAssessment;
import org.jixiao.monitoring.domain.ExecutionSeries;
import org.jixiao.monitoring.domain.Lamp;
import org.jixiao.monitoring.domain.MonthlyExecution;
import org.jixiao.monitoring.domain.Rates;
import org.jixiao.projects.domain.ProjectId;
import org.jixiao.projects.domain.SpendingPlan;
import org.jixiao.shared.Amount;

/**
 * One project's execution as far as reported: every month's figures, the 年度平均执行率 and the lamps at the last
 * reported month. Without a 年初预算数 (or before any month is reported) there are no rates: {@link #months()} is
 * empty, {@link #averageRate()} and {@link #assessment()} are null. The lamps are decided when it is made; the
 * monthly figures and the average are derived from the domain's {@link ExecutionSeries} when first asked for (a
 * region's ranking needs only the lamps).
 */
public final class ProjectMonitoring {

    private final ProjectId id;
    private final String code;
    private final String name;
    private final Amount initialBudget;
    private final Amount currentBudget;
    private final SpendingPlan plan;
    private final ExecutionSeries series;
    private final ExecutionAssessment assessment;
    private final List<SpendingEntry> records;
    private final List<AdjustmentEntry> adjustments;
    private volatile List<MonthFigures> months;
    private volatile BigDecimal averageRate;

    /**
     * @param initialBudget 年初预算数 (the project's 预算数), null when the project has none
     * @param currentBudget the budget after the last adjustment so far, null without a budget
     * @param series        the execution as reported, null without budget or reported month
     * @param assessment    the lamps at the last reported month, null without series or lamp rules
     */
    public ProjectMonitoring(ProjectId id, String code, String name, Amount initialBudget, Amount currentBudget,
                             SpendingPlan plan, ExecutionSeries series, ExecutionAssessment assessment,
                             List<SpendingEntry> records, List<AdjustmentEntry> adjustments) {
        this.id = Objects.requireNonNull(id, "id");
        this.code = code;
        this.name = name;
        this.initialBudget = initialBudget;
        this.currentBudget = currentBudget;
        this.plan = Objects.requireNonNull(plan, "plan");
        this.series = series;
        this.assessment = assessment;
        this.records = List.copyOf(records);
        this.adjustments = List.copyOf(adjustments);
    }

    public ProjectId id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Amount initialBudget() {
        return initialBudget;
    }

    public Amount currentBudget() {
        return currentBudget;
    }

    public SpendingPlan plan() {
        return plan;
    }

    public ExecutionAssessment assessment() {
        return assessment;
    }

    public List<SpendingEntry> records() {
        return records;
    }

    public List<AdjustmentEntry> adjustments() {
        return adjustments;
    }

    /** Month 1 … the last reported month. */
    public List<MonthFigures> months() {
        List<MonthFigures> result = months;
        if (result == null) {
            List<MonthFigures> built = new ArrayList<>();
            if (series != null) {
                for (MonthlyExecution m : series.months()) {
                    built.add(new MonthFigures(m, plan.percentAt(m.month()).map(p -> p.divide(Rates.HUNDRED))
                            .orElse(null)));
                }
            }
            result = List.copyOf(built);
            months = result;
        }
        return result;
    }

    /** 年度平均执行率: mean of the monthly cumulative rates, each capped at 100% (exact fraction); null without rates. */
    public BigDecimal averageRate() {
        BigDecimal result = averageRate;
        if (result == null && series != null) {
            result = series.averageRate();
            averageRate = result;
        }
        return result;
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
        List<MonthFigures> all = months();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Spent so far. */
    public Amount spent() {
        return records.stream().map(SpendingEntry::amount).reduce(Amount.ZERO, Amount::plus);
    }

    /**
     * The figures at the end of one month, from the domain's {@link MonthlyExecution} (exact fractions for rates).
     *
     * @param planned the 资金支出计划's cumulative share at this month, if the plan has a checkpoint here
     */
    public record MonthFigures(MonthlyExecution execution, BigDecimal planned) {

        public int month() {
            return execution.month();
        }

        /** 调整后预算数 in force on the month's last day. */
        public Amount budget() {
            return execution.budget();
        }

        public Amount spent() {
            return execution.spent();
        }

        public Amount cumulative() {
            return execution.cumulative();
        }

        /** 累计执行率. */
        public BigDecimal rate() {
            return execution.rate();
        }

        /** 序时进度 (month / 12). */
        public BigDecimal timeProgress() {
            return execution.timeProgress();
        }

        public BigDecimal timeProgressRatio() {
            return execution.timeProgressRatio();
        }
    }
}
