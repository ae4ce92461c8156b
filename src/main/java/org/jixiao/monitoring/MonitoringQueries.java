package org.jixiao.monitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.monitoring.domain.LampEvaluator;
import org.jixiao.monitoring.domain.LampRules;
import org.jixiao.monitoring.domain.LampRulesCatalog;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.OrgView;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.projects.ProjectQueries;
import org.jixiao.projects.ProjectView;
import org.jixiao.projects.domain.ProjectId;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of 运行监控: a unit-year's projects with their monthly spending, rates and lamps, computed on reading by
 * the domain ({@code ExecutionSeries}, {@code LampEvaluator}) under the lamp rules in force for the unit's 财政区划
 * and the year. Always within an {@link OrgScope}: a unit outside it is not found.
 */
@Service
@Transactional(readOnly = true)
public class MonitoringQueries {

    private final ExecutionRecords records;
    private final ProjectQueries projects;
    private final OrgQueries orgs;
    private final LampRulesCatalog rules;

    MonitoringQueries(ExecutionRecords records, ProjectQueries projects, OrgQueries orgs, LampRulesCatalog rules) {
        this.records = records;
        this.projects = projects;
        this.orgs = orgs;
        this.rules = rules;
    }

    /**
     * The unit-year's table through {@code throughMonth}, or through the last month with any record of the unit
     * when empty (the unit's reporting so far: a project without spending in that month spent nothing).
     *
     * @throws NotFoundException when the unit does not exist, is not a budget unit or lies outside the scope
     */
    public MonitoringTable unitYear(String unitCode, FiscalYear year, Optional<Integer> throughMonth, OrgScope scope) {
        OrgView unit = orgs.find(unitCode, scope).filter(OrgView::isBudgetUnit)
                .orElseThrow(() -> new NotFoundException("单位 " + unitCode + " 不存在"));
        return table(unit, year, throughMonth, projects.findByUnits(List.of(unit.code()), year),
                records.spending(unit.code(), year), records.adjustments(unit.code(), year));
    }

    /** The lamp rules in force for a 财政区划 and year. */
    public Optional<LampRules> rulesInForce(String regionCode, FiscalYear year) {
        if (regionCode == null || !RegionCode.isValid(regionCode)) {
            return Optional.empty();
        }
        return rules.inForce(new RegionCode(regionCode), year);
    }

    /**
     * The tables of every budget unit in the scope (for the finance bureau: its 财政区划), read in batches of 200
     * units: five queries per batch, whatever the number of projects. Each unit through its own last reported month.
     */
    public List<MonitoringTable> overview(FiscalYear year, OrgScope scope) {
        return tables(orgs.budgetUnits(scope), year);
    }

    /** The latest fiscal year with spending records in the scope. */
    public Optional<Integer> latestYear(OrgScope scope) {
        return records.latestYear(scope.isUnrestricted() ? null : scope.codes());
    }

    /** Units computed at most for a 红灯预警 notice (one batch: five queries). */
    static final int NOTICE_MAX_UNITS = 200;

    /**
     * 红灯预警: the red projects of the scope's budget units in the latest fiscal year with spending records of
     * those units not after the year of {@code today} (the current year once reporting has started in it, else
     * the previous year with records: the demo's 2024); the lowest execution rate
     * first, at most {@code limit}. A scope of more than {@value #NOTICE_MAX_UNITS} units is not computed (the
     * notice then points to the 运行监控总览), so that a home page stays cheap.
     */
    public RedLampNotices redLampNotices(OrgScope scope, java.time.LocalDate today, int limit) {
        List<OrgView> units = orgs.budgetUnits(scope);
        if (units.isEmpty()) {
            return RedLampNotices.none();
        }
        if (units.size() > NOTICE_MAX_UNITS) {
            return new RedLampNotices(null, List.of(), 0, true);
        }
        Optional<Integer> found = records.latestYear(units.stream().map(OrgView::code).toList(), today.getYear());
        if (found.isEmpty()) {
            return RedLampNotices.none();
        }
        FiscalYear year = FiscalYear.of(found.get());
        List<RedLampNotices.Item> items = new ArrayList<>();
        for (MonitoringTable t : tables(units, year)) {
            for (ProjectMonitoring p : t.reds()) {
                var assessment = p.assessment();
                String explanation = String.join("；", assessment.verdicts().stream()
                        .filter(v -> v.lamp() == org.jixiao.monitoring.domain.Lamp.RED)
                        .map(v -> v.render().lines().findFirst().orElse("").replaceFirst("^红灯：", "")
                                .replaceFirst("。$", ""))
                        .toList());
                java.math.BigDecimal rate = assessment.execution().rate();
                items.add(new RedLampNotices.Item(t.unit().code(), t.unit().name(), year.value(), p.code(), p.name(),
                        t.reportedThrough(), rate, org.jixiao.monitoring.domain.Rates.percent(rate), explanation));
            }
        }
        items.sort(java.util.Comparator.comparing(RedLampNotices.Item::rate)
                .thenComparing(RedLampNotices.Item::unitCode).thenComparing(RedLampNotices.Item::projectCode));
        return new RedLampNotices(year, items.subList(0, Math.min(limit, items.size())), items.size(), false);
    }

    /** As {@link #overview}, one table at a time to {@code sink} (in unit order), none held after it. */
    public void forEachUnit(FiscalYear year, OrgScope scope, java.util.function.Consumer<MonitoringTable> sink) {
        tables(orgs.budgetUnits(scope), year, sink);
    }

    private List<MonitoringTable> tables(List<OrgView> units, FiscalYear year) {
        List<MonitoringTable> tables = new ArrayList<>();
        tables(units, year, tables::add);
        return tables;
    }

    /**
     * Reads 200 units at a time (five queries: projects with plans, records, adjustments) and computes their tables
     * on the machine's cores (the computing is pure: the domain on data in memory).
     */
    private void tables(List<OrgView> units, FiscalYear year, java.util.function.Consumer<MonitoringTable> sink) {
        for (int from = 0; from < units.size(); from += 200) {
            List<OrgView> batch = units.subList(from, Math.min(units.size(), from + 200));
            List<String> codes = batch.stream().map(OrgView::code).toList();
            Map<String, List<ProjectView>> projectsByUnit = new HashMap<>();
            for (ProjectView p : projects.findByUnits(codes, year)) {
                projectsByUnit.computeIfAbsent(p.unitCode(), k -> new ArrayList<>()).add(p);
            }
            Map<ProjectId, String> unitOf = new HashMap<>();
            projectsByUnit.forEach((u, ps) -> ps.forEach(p -> unitOf.put(p.id(), u)));
            Map<String, List<SpendingEntry>> spending = new HashMap<>();
            for (SpendingEntry s : records.spending(codes, year)) {
                spending.computeIfAbsent(unitOf.get(s.projectId()), k -> new ArrayList<>()).add(s);
            }
            Map<String, List<AdjustmentEntry>> adjustments = new HashMap<>();
            for (AdjustmentEntry a : records.adjustments(codes, year)) {
                adjustments.computeIfAbsent(unitOf.get(a.projectId()), k -> new ArrayList<>()).add(a);
            }
            batch.parallelStream()
                    .map(unit -> table(unit, year, Optional.empty(), projectsByUnit.getOrDefault(unit.code(), List.of()),
                            spending.getOrDefault(unit.code(), List.of()),
                            adjustments.getOrDefault(unit.code(), List.of())))
                    .toList().forEach(sink);
        }
    }

    MonitoringTable table(OrgView unit, FiscalYear year, Optional<Integer> throughMonth, List<ProjectView> unitProjects,
                          List<SpendingEntry> spending, List<AdjustmentEntry> adjustments) {
        int reported = throughMonth.orElseGet(() -> spending.stream().mapToInt(SpendingEntry::month).max().orElse(0));
        Optional<LampRules> inForce = rulesInForce(unit.regionCode(), year);
        LampEvaluator evaluator = inForce.map(LampEvaluator::new).orElse(null);
        Map<ProjectId, List<SpendingEntry>> spendingByProject = new HashMap<>();
        spending.forEach(s -> spendingByProject.computeIfAbsent(s.projectId(), k -> new ArrayList<>()).add(s));
        Map<ProjectId, List<AdjustmentEntry>> adjustmentsByProject = new HashMap<>();
        adjustments.forEach(a -> adjustmentsByProject.computeIfAbsent(a.projectId(), k -> new ArrayList<>()).add(a));
        List<ProjectMonitoring> result = new ArrayList<>(unitProjects.size());
        for (ProjectView project : unitProjects) {
            result.add(MonitoringCalculator.compute(project, spendingByProject.getOrDefault(project.id(), List.of()),
                    adjustmentsByProject.getOrDefault(project.id(), List.of()), reported, evaluator));
        }
        return new MonitoringTable(unit, year, inForce.map(LampRules::id).orElse(null),
                inForce.map(LampRules::name).orElse(null), reported, result);
    }
}
