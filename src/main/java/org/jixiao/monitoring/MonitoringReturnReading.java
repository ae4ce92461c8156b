package org.jixiao.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jixiao.goals.GoalTableView;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.monitoring.domain.ExecutionAssessment;
import org.jixiao.monitoring.domain.ExecutionRecord;
import org.jixiao.monitoring.domain.ExecutionSeries;
import org.jixiao.monitoring.domain.IndicatorRow;
import org.jixiao.monitoring.domain.LampEvaluator;
import org.jixiao.monitoring.domain.LampRules;
import org.jixiao.monitoring.domain.LampRulesCatalog;
import org.jixiao.monitoring.domain.MonitoringReturn;
import org.jixiao.monitoring.domain.MonitoringReturnInput;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgView;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.projects.domain.SpendingPlan;
import org.jixiao.shared.Amount;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.Violation;
import org.springframework.stereotype.Component;

/**
 * Reads a return against its goal table and the lamp rules in force for the unit's 财政区划 and year: the typed input
 * parsed, the money's lamp computed from the return's own figures (执行数 at the cut-off month against the project's
 * 预算数 and 资金支出计划), each row's lamp, and every violation.
 */
@Component
class MonitoringReturnReading {

    private final LampRulesCatalog catalog;
    private final OrgQueries orgs;
    private final ExecutionRecords records;

    MonitoringReturnReading(LampRulesCatalog catalog, OrgQueries orgs, ExecutionRecords records) {
        this.catalog = catalog;
        this.orgs = orgs;
        this.records = records;
    }

    /**
     * What the execution records (运行监控) say of the return's project at the cut-off month: 执行数 = Σ spending of
     * months 1…m, and the budget in force on the last day of month m (预算数 with the recorded 预算调整). Empty when
     * the project has neither spending records nor adjustments in the year.
     */
    Optional<RecordedExecution> recorded(GoalTableView table, int cutOffMonth) {
        if (table.project() == null || cutOffMonth < 1 || cutOffMonth > 12) {
            return Optional.empty();
        }
        List<SpendingEntry> spending = records.spending(table.project().id(), table.year());
        List<AdjustmentEntry> adjustments = records.adjustments(table.project().id(), table.year());
        if (spending.isEmpty() && adjustments.isEmpty()) {
            return Optional.empty();
        }
        List<SpendingEntry> counted = spending.stream().filter(r -> r.month() <= cutOffMonth).toList();
        Amount executed = counted.stream().map(SpendingEntry::amount).reduce(Amount.ZERO, Amount::plus);
        Amount initial = budget(table);
        Amount budgetAt = null;
        if (initial != null && initial.yuan().signum() > 0) {
            List<org.jixiao.monitoring.domain.BudgetAdjustment> domain = adjustments.stream()
                    .map(a -> new org.jixiao.monitoring.domain.BudgetAdjustment(a.date(), a.newBudget(), a.reason()))
                    .toList();
            budgetAt = new ExecutionSeries(table.year(), initial, domain, List.of(), cutOffMonth).budgetAt(cutOffMonth);
        }
        return Optional.of(new RecordedExecution(cutOffMonth, executed, budgetAt, counted.size(),
                adjustments.stream().anyMatch(a -> a.date().getMonthValue() <= cutOffMonth)));
    }

    /** The lamp rules in force for a unit in a year (the national default when the region has none). */
    LampRules rules(String unitCode, FiscalYear year) {
        OrgView unit = orgs.find(unitCode).orElseThrow(() -> new NotFoundException("单位 " + unitCode + " 不存在"));
        return catalog.inForce(new RegionCode(unit.regionCode()), year)
                .orElseThrow(() -> new IllegalStateException("no lamp rules in force for " + unitCode + " " + year));
    }

    RegionCode region(String unitCode) {
        return new RegionCode(orgs.find(unitCode)
                .orElseThrow(() -> new NotFoundException("单位 " + unitCode + " 不存在")).regionCode());
    }

    static List<MonitoringReturnInput.Target> targets(GoalTableView table) {
        return table.content().indicators().stream()
                .map(i -> new MonitoringReturnInput.Target(i.name(), i.value().format())).toList();
    }

    /** The result of reading: the domain return, the money's assessment (if it can be judged), row lamps, violations. */
    record Read(MonitoringReturn monitoringReturn, Optional<ExecutionAssessment> money, List<MonitoringReturnView.Row> rows,
                List<Violation> violations, List<Violation> blocking, Optional<RecordedExecution> recorded) {
    }

    Read read(GoalTableView table, int cutOffMonth, MonitoringReturnInput input, LampRules rules) {
        MonitoringReturnInput.Parsed parsed = input.parse(table.year(), cutOffMonth, targets(table));
        MonitoringReturn ret = parsed.monitoringReturn();
        Optional<RecordedExecution> recorded = recorded(table, cutOffMonth);
        Amount budget = recorded.map(RecordedExecution::budget).orElse(budget(table));
        Optional<ExecutionAssessment> money = money(table, budget, cutOffMonth, ret.executed(), rules);
        LampEvaluator lamps = new LampEvaluator(rules);
        List<Violation> violations = new ArrayList<>(parsed.unreadable());
        violations.addAll(ret.violations(rules, money.map(ExecutionAssessment::lamp)
                .orElse(org.jixiao.monitoring.domain.Lamp.GREEN)));
        List<Violation> blocking = violations.stream()
                .filter(v -> !MonitoringReturnInput.INCOMPLETE.contains(v.code())).toList();
        List<MonitoringReturnView.Row> rows = new ArrayList<>();
        List<Indicator> indicators = table.content().indicators();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            IndicatorRow row = ret.indicators().get(i);
            rows.add(new MonitoringReturnView.Row(i, indicator.level1().original(), indicator.level2().original(),
                    indicator.name(), indicator.value().format(), MonitoringReturn.rowLamp(lamps, row)));
        }
        return new Read(ret, money, rows, violations, blocking, recorded);
    }

    /**
     * The execution's lamps at the cut-off month, when there is a budget above 0 and 执行数 is given: the budget in
     * force at the cut-off month as recorded (预算数 with its 预算调整), else the goal table's 预算数.
     */
    static Optional<ExecutionAssessment> money(GoalTableView table, Amount budget, int cutOffMonth, Amount executed,
                                               LampRules rules) {
        if (budget == null || budget.yuan().signum() <= 0 || executed == null || executed.isNegative()) {
            return Optional.empty();
        }
        SpendingPlan plan = table.project() == null ? SpendingPlan.EMPTY : table.project().content().plan();
        ExecutionSeries series = new ExecutionSeries(table.year(), budget, List.of(),
                List.of(new ExecutionRecord(cutOffMonth, executed)), cutOffMonth);
        return Optional.of(new LampEvaluator(rules).execution(series, cutOffMonth, plan));
    }

    static Amount budget(GoalTableView table) {
        return table.project() == null ? null : table.project().content().funding().budgetAmount().orElse(null);
    }

    /** The input back from what is stored (money in 万元 as plain text, choices as codes). */
    static MonitoringReturnInput input(StoredReturn stored, GoalTableView table) {
        List<MonitoringReturnInput.Row> rows = new ArrayList<>();
        int count = table.content().indicators().size();
        for (int i = 0; i < count; i++) {
            int position = i;
            String name = table.content().indicators().get(i).name();
            rows.add(stored.rows().stream().filter(r -> r.position() == position && r.indicatorName().equals(name))
                    .findFirst()
                    .map(r -> new MonitoringReturnInput.Row(r.completed(), r.expectedAnnual(), r.likelihood(),
                            r.progress(), r.reasonCategory(), r.reasonText(), r.measure()))
                    .orElse(MonitoringReturnInput.Row.EMPTY));
        }
        return new MonitoringReturnInput(stored.version(), wan(stored.executed()), wan(stored.expectedAnnual()),
                stored.moneyCategory(), stored.moneyReason(), stored.moneyMeasure(), rows);
    }

    /** What to store of a return read (names and targets copied from the goal table). */
    static StoredReturn stored(StoredReturn before, MonitoringReturn ret) {
        List<StoredReturn.Row> rows = new ArrayList<>();
        for (int i = 0; i < ret.indicators().size(); i++) {
            IndicatorRow r = ret.indicators().get(i);
            rows.add(new StoredReturn.Row(i, r.name(), r.target(), r.completed(), r.expectedAnnual(),
                    code(r.likelihood()), code(r.progress()), code(r.reason().category()), r.reason().text(),
                    r.measure()));
        }
        return new StoredReturn(before.id(), before.unitCode(), before.year(), before.goalTableId(),
                before.cutOffMonth(), yuan(ret.executed()), yuan(ret.expectedAnnual()),
                code(ret.moneyReason().category()), ret.moneyReason().text(), ret.moneyMeasure(), before.status(),
                before.submittedAt(), rows, before.version());
    }

    private static String code(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static BigDecimal yuan(Amount amount) {
        return amount == null ? null : amount.yuan();
    }

    private static String wan(BigDecimal yuan) {
        return yuan == null ? null : Amount.ofYuan(yuan).toWan().stripTrailingZeros().toPlainString();
    }
}
