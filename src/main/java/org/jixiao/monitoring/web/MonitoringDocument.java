package org.jixiao.monitoring.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jixiao.monitoring.AdjustmentEntry;
import org.jixiao.monitoring.MonitoringTable;
import org.jixiao.monitoring.ProjectMonitoring;
import org.jixiao.monitoring.domain.Lamp;
import org.jixiao.monitoring.domain.LampVerdict;
import org.jixiao.monitoring.domain.Rates;
import org.jixiao.shared.Amount;

/**
 * The JSON of {@code GET /api/v1/units/{u}/years/{y}/monitoring}: money in 元, rates as exact fractions
 * ({@code 0.35} = 35%) with a display percentage beside them.
 */
record MonitoringDocument(String unitCode, String unitName, int fiscalYear, String regionCode, String lampRulesId,
                          String lampRulesName, int reportedThrough, Summary summary, List<Warning> warnings,
                          List<Project> projects) {

    record Summary(BigDecimal budgetYuan, BigDecimal spentYuan, BigDecimal rate, String ratePercent,
                   Map<Lamp, Integer> lamps) {
    }

    record Warning(String projectCode, String projectName, String lamp, String explanation) {
    }

    record Project(long projectId, String projectCode, String projectName, BigDecimal initialBudgetYuan,
                   BigDecimal currentBudgetYuan, List<PlanPoint> spendingPlan, List<Month> months,
                   BigDecimal averageRate, String averageRatePercent, String lamp, String lampLabel,
                   List<Verdict> verdicts, List<Adjustment> adjustments) {
    }

    record PlanPoint(int month, BigDecimal percent) {
    }

    record Month(int month, BigDecimal budgetYuan, BigDecimal spentYuan, BigDecimal cumulativeYuan, BigDecimal rate,
                 String ratePercent, BigDecimal timeProgress, BigDecimal timeProgressRatio, BigDecimal plannedRate) {
    }

    record Verdict(String lamp, String rule, String rulesId, String text, String explanation) {
    }

    record Adjustment(String date, BigDecimal newBudgetYuan, String reason) {
    }

    static MonitoringDocument of(MonitoringTable t) {
        BigDecimal rate = t.rate();
        Summary summary = new Summary(t.budget().yuan(), t.spent().yuan(), rate,
                rate == null ? null : Rates.percent(rate), t.lampCounts());
        List<Warning> warnings = t.projects().stream().filter(p -> p.lamp().filter(l -> !l.isGreen()).isPresent())
                .map(p -> new Warning(p.code(), p.name(), p.lamp().get().name(), p.assessment().render())).toList();
        return new MonitoringDocument(t.unit().code(), t.unit().name(), t.year().value(), t.unit().regionCode(),
                t.rulesId(), t.rulesName(), t.reportedThrough(), summary, warnings,
                t.projects().stream().map(MonitoringDocument::project).toList());
    }

    private static Project project(ProjectMonitoring p) {
        return new Project(p.id().value(), p.code(), p.name(), yuan(p.initialBudget()), yuan(p.currentBudget()),
                p.plan().checkpoints().stream().map(c -> new PlanPoint(c.month(), c.cumulativePercent())).toList(),
                p.months().stream().map(m -> new Month(m.month(), m.budget().yuan(), m.spent().yuan(),
                        m.cumulative().yuan(), m.rate(), Rates.percent(m.rate()), m.timeProgress(),
                        m.timeProgressRatio(), m.planned())).toList(),
                p.averageRate(), p.averageRate() == null ? null : Rates.percent(p.averageRate()),
                p.lamp().map(Lamp::name).orElse(null), p.lamp().map(Lamp::lampLabel).orElse(null),
                p.assessment() == null ? List.of() : p.assessment().verdicts().stream().map(MonitoringDocument::verdict)
                        .toList(),
                p.adjustments().stream().map(MonitoringDocument::adjustment).toList());
    }

    private static Verdict verdict(LampVerdict v) {
        return new Verdict(v.lamp().name(), v.rule(), v.rulesId(), v.text(), v.render());
    }

    private static Adjustment adjustment(AdjustmentEntry a) {
        return new Adjustment(a.date().toString(), a.newBudget().yuan(), a.reason());
    }

    private static BigDecimal yuan(Amount amount) {
        return amount == null ? null : amount.yuan();
    }
}
