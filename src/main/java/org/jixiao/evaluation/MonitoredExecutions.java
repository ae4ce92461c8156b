package org.jixiao.evaluation;

import java.util.Optional;

import org.jixiao.goals.GoalTableView;
import org.jixiao.monitoring.MonitoringQueries;
import org.jixiao.monitoring.MonitoringTable;
import org.jixiao.monitoring.ProjectMonitoring;
import org.jixiao.monitoring.SpendingEntry;
import org.jixiao.orgs.OrgScope;
import org.jixiao.shared.Amount;
import org.jixiao.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Reads a self-evaluated project's year from 运行监控 through the monitoring module's published
 * {@link MonitoringQueries}: the unit-year's table through month 12, the project found by its id. What the
 * department self-evaluation does for its 年度平均执行率 ({@link DepartmentEvaluationQueries#monitoredAverageRate}).
 */
@Component
class MonitoredExecutions {

    private final MonitoringQueries monitoring;

    MonitoredExecutions(MonitoringQueries monitoring) {
        this.monitoring = monitoring;
    }

    /**
     * The project's recorded spending of the year (Σ of every record, months 1–12) and its budget in force after the
     * year's 预算调整; empty when the table has no project, monitoring has neither spending nor adjustment of it, or
     * the unit is outside the scope.
     */
    Optional<MonitoredExecution> of(GoalTableView table, OrgScope scope) {
        if (table.project() == null || !scope.contains(table.unitCode())) {
            return Optional.empty();
        }
        MonitoringTable unitYear;
        try {
            unitYear = monitoring.unitYear(table.unitCode(), table.year(), Optional.of(12), scope);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        return unitYear.projects().stream().filter(p -> p.id().equals(table.project().id())).findFirst()
                .filter(p -> !p.records().isEmpty() || !p.adjustments().isEmpty())
                .map(MonitoredExecutions::of);
    }

    private static MonitoredExecution of(ProjectMonitoring p) {
        Amount budget = p.currentBudget() != null && p.currentBudget().yuan().signum() > 0 ? p.currentBudget() : null;
        int lastMonth = p.records().stream().mapToInt(SpendingEntry::month).max().orElse(0);
        return new MonitoredExecution(p.spent(), p.records().size(), lastMonth, budget, !p.adjustments().isEmpty());
    }
}
