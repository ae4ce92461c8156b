package org.jixiao.monitoring;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jixiao.monitoring.domain.Lamp;
import org.jixiao.orgs.OrgView;
import org.jixiao.shared.Amount;
import org.jixiao.shared.FiscalYear;

/**
 * The 运行监控 table of one unit-year: every project with its figures and lamps at {@code reportedThrough} (0 when
 * nothing is reported yet), under the lamp rules in force for the unit's 财政区划 and the year.
 *
 * @param rulesId   the lamp rule set applied, null when none is in force there and then
 */
public record MonitoringTable(OrgView unit, FiscalYear year, String rulesId, String rulesName,
                              int reportedThrough, List<ProjectMonitoring> projects) {

    public MonitoringTable {
        projects = List.copyOf(projects);
    }

    /** The projects under a red lamp (预警). */
    public List<ProjectMonitoring> reds() {
        return projects.stream().filter(ProjectMonitoring::isRed).toList();
    }

    /** Units by execution rate, lowest first (those without a budget last), then by code. */
    public static List<MonitoringTable> ranked(List<MonitoringTable> tables) {
        return tables.stream().sorted(java.util.Comparator
                .comparing(MonitoringTable::rate, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(t -> t.unit().code())).toList();
    }

    /** Projects per lamp (those without a lamp are not counted). */
    public Map<Lamp, Integer> lampCounts() {
        Map<Lamp, Integer> counts = new EnumMap<>(Lamp.class);
        for (Lamp lamp : Lamp.values()) {
            counts.put(lamp, 0);
        }
        projects.forEach(p -> p.lamp().ifPresent(l -> counts.merge(l, 1, Integer::sum)));
        return counts;
    }

    /** Σ budgets in force now of the projects with a budget. */
    public Amount budget() {
        return projects.stream().filter(p -> p.currentBudget() != null).map(ProjectMonitoring::currentBudget)
                .reduce(Amount.ZERO, Amount::plus);
    }

    /** Σ spent so far. */
    public Amount spent() {
        return projects.stream().map(ProjectMonitoring::spent).reduce(Amount.ZERO, Amount::plus);
    }

    /** The unit's cumulative execution rate: Σ spent (of projects with a budget) / Σ budget, exact; null without budget. */
    public BigDecimal rate() {
        Amount budget = budget();
        if (budget.yuan().signum() == 0) {
            return null;
        }
        Amount spent = projects.stream().filter(p -> p.currentBudget() != null).map(ProjectMonitoring::spent)
                .reduce(Amount.ZERO, Amount::plus);
        return spent.yuan().divide(budget.yuan(), java.math.MathContext.DECIMAL128).stripTrailingZeros();
    }

    /**
     * The unit's 年度平均执行率: the mean of its projects' 年度平均执行率 ({@link ProjectMonitoring#averageRate()},
     * each month capped at 100%) weighted by their budgets in force now, over the projects with a budget and rates;
     * exact (one division), null when no project has both. The department self-evaluation prefills its
     * 部门预算资金支出率 (rule {@code AVERAGE_EXECUTION}) with it.
     */
    public BigDecimal averageRate() {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal budgets = BigDecimal.ZERO;
        for (ProjectMonitoring p : projects) {
            if (p.currentBudget() != null && p.currentBudget().yuan().signum() > 0 && p.averageRate() != null) {
                weighted = weighted.add(p.averageRate().multiply(p.currentBudget().yuan()));
                budgets = budgets.add(p.currentBudget().yuan());
            }
        }
        return budgets.signum() == 0 ? null
                : weighted.divide(budgets, java.math.MathContext.DECIMAL128).stripTrailingZeros();
    }
}
