package org.jixiao.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jixiao.monitoring.MonitoringQueries;
import org.jixiao.monitoring.MonitoringTable;
import org.jixiao.monitoring.ProjectMonitoring;
import org.jixiao.orgs.OrgScope;
import org.jixiao.reports.domain.MonthPoint;
import org.jixiao.shared.FiscalYear;
import org.springframework.stereotype.Component;

/**
 * The unit's cumulative execution rate by month from module {@code monitoring} (实际支出 records): for each month up
 * to the last one reported, Σ cumulative spending ÷ Σ budget in force that month over the projects with a budget, in
 * percent with one rounding (2 decimals, half up) — the unit-level figure of {@link MonitoringTable#rate()} month by
 * month.
 */
@Component
class MonitoringMonthlySource implements MonthlyExecutionSource {

    private final MonitoringQueries monitoring;

    MonitoringMonthlySource(MonitoringQueries monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public List<MonthPoint> monthly(String unitCode, FiscalYear year, OrgScope scope) {
        MonitoringTable table;
        try {
            table = monitoring.unitYear(unitCode, year, Optional.empty(), scope);
        } catch (org.jixiao.shared.NotFoundException e) {
            return List.of();
        }
        List<MonthPoint> points = new ArrayList<>();
        for (int month = 1; month <= table.reportedThrough(); month++) {
            BigDecimal budget = BigDecimal.ZERO;
            BigDecimal spent = BigDecimal.ZERO;
            for (ProjectMonitoring project : table.projects()) {
                for (ProjectMonitoring.MonthFigures figures : project.months()) {
                    if (figures.month() == month && figures.budget() != null && figures.budget().yuan().signum() > 0) {
                        budget = budget.add(figures.budget().yuan());
                        spent = spent.add(figures.cumulative().yuan());
                    }
                }
            }
            if (budget.signum() > 0) {
                points.add(new MonthPoint(month, spent.multiply(BigDecimal.valueOf(100))
                        .divide(budget, 2, RoundingMode.HALF_UP)));
            }
        }
        return points;
    }
}
