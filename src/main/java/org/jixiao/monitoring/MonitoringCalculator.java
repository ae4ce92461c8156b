package org.jixiao.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jixiao.monitoring.domain.BudgetAdjustment;
import org.jixiao.monitoring.domain.ExecutionAssessment;
import org.jixiao.monitoring.domain.ExecutionRecord;
import org.jixiao.monitoring.domain.ExecutionSeries;
import org.jixiao.monitoring.domain.LampEvaluator;
import org.jixiao.projects.ProjectView;
import org.jixiao.projects.domain.SpendingPlan;
import org.jixiao.shared.Amount;

/**
 * Stored records of one project → the domain's {@link ExecutionSeries} → {@link ProjectMonitoring}. All
 * arithmetic and every lamp come from {@code monitoring.domain}; this only assembles.
 */
final class MonitoringCalculator {

    private MonitoringCalculator() {
    }

    /**
     * @param records         the project's records (any order; those after {@code reportedThrough} are left out)
     * @param reportedThrough the last month reported, 0 for none
     * @param evaluator       the lamp rules in force, null for none
     */
    static ProjectMonitoring compute(ProjectView project, List<SpendingEntry> records,
                                     List<AdjustmentEntry> adjustments, int reportedThrough, LampEvaluator evaluator) {
        SpendingPlan plan = project.content().plan();
        Optional<Amount> initial = project.content().funding().budgetAmount().filter(a -> a.yuan().signum() > 0);
        List<SpendingEntry> counted = records.stream().filter(r -> r.month() <= reportedThrough).toList();
        if (initial.isEmpty() || reportedThrough == 0) {
            Amount current = initial.map(i -> adjustments.isEmpty() ? i
                    : adjustments.get(adjustments.size() - 1).newBudget()).orElse(null);
            return new ProjectMonitoring(project.id(), project.content().code().value(), project.content().name(),
                    initial.orElse(null), current, plan, null, null, counted, adjustments);
        }
        List<ExecutionRecord> domainRecords = new ArrayList<>(counted.size());
        for (SpendingEntry r : counted) {
            domainRecords.add(new ExecutionRecord(r.month(), r.amount()));
        }
        List<BudgetAdjustment> domainAdjustments = new ArrayList<>(adjustments.size());
        for (AdjustmentEntry a : adjustments) {
            domainAdjustments.add(new BudgetAdjustment(a.date(), a.newBudget(), a.reason()));
        }
        ExecutionSeries series = new ExecutionSeries(project.year(), initial.get(), domainAdjustments, domainRecords,
                reportedThrough);
        ExecutionAssessment assessment = evaluator == null ? null
                : evaluator.execution(series, reportedThrough, plan);
        return new ProjectMonitoring(project.id(), project.content().code().value(), project.content().name(),
                initial.get(), series.currentBudget(), plan, series, assessment, counted, adjustments);
    }
}
