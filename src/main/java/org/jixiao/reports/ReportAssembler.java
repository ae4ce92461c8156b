package org.jixiao.reports;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jixiao.evaluation.EvaluationQueries;
import org.jixiao.evaluation.SelfEvaluationSummary;
import org.jixiao.evaluation.SelfEvaluationView;
import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableView;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.goals.domain.GoalTableKind;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.OrgView;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.reports.domain.DepartmentScoreSheet;
import org.jixiao.reports.domain.MonthPoint;
import org.jixiao.reports.domain.ReportBasics;
import org.jixiao.reports.domain.ReportOutline;
import org.jixiao.scoring.domain.PolicyCatalog;
import org.jixiao.scoring.domain.ScoringPolicy;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads everything a unit-year's report is written from, in one read-only transaction, within the caller's
 * {@link OrgScope} (a unit outside it is not found). Scores come from the evaluation module as computed now;
 * nothing is copied or cached.
 */
@Component
@Transactional(readOnly = true)
public class ReportAssembler {

    private final OrgQueries orgs;
    private final GoalTableQueries goals;
    private final EvaluationQueries evaluations;
    private final PolicyCatalog policies;
    private final ReportStore store;
    private final ReportOutlines outlines;
    private final ObjectProvider<DepartmentEvaluationSource> department;
    private final ObjectProvider<MonthlyExecutionSource> monthly;
    private final Clock clock;

    ReportAssembler(OrgQueries orgs, GoalTableQueries goals, EvaluationQueries evaluations, PolicyCatalog policies,
                    ReportStore store, ReportOutlines outlines, ObjectProvider<DepartmentEvaluationSource> department,
                    ObjectProvider<MonthlyExecutionSource> monthly, Clock clock) {
        this.orgs = orgs;
        this.goals = goals;
        this.evaluations = evaluations;
        this.policies = policies;
        this.store = store;
        this.outlines = outlines;
        this.department = department;
        this.monthly = monthly;
        this.clock = clock;
    }

    /** The budget unit inside the scope, or not found. */
    public OrgView unit(String unitCode, int year, OrgScope scope) {
        OrgView unit = orgs.find(unitCode, scope).filter(OrgView::isBudgetUnit)
                .orElseThrow(() -> new NotFoundException("单位 " + unitCode + " 不存在"));
        if (!FiscalYear.isValid(year)) {
            throw new NotFoundException("没有 " + year + " 年度");
        }
        return unit;
    }

    /** @throws NotFoundException when the unit is not a budget unit inside the scope or the year is not valid */
    public ReportData assemble(String unitCode, int year, OrgScope scope) {
        OrgView unit = unit(unitCode, year, scope);
        FiscalYear fy = FiscalYear.of(year);
        Instant asOf = clock.instant();
        ReportOutline outline = outlines.forRegion(unit.regionCode());
        ReportBasics basics = store.basics(unit.code(), fy).orElse(ReportBasics.empty());
        List<GoalTableView> tables = goals.findAll(unit.code(), fy, scope);
        GoalTableView departmentTable = tables.stream().filter(t -> t.kind() == GoalTableKind.DEPARTMENT).findFirst()
                .orElse(null);
        Map<GoalTableId, SelfEvaluationSummary> summaries = evaluations.list(unit.code(), fy, scope).stream()
                .collect(Collectors.toMap(SelfEvaluationSummary::goalTableId, Function.identity(), (a, b) -> a));
        List<ReportData.ProjectEntry> projects = new ArrayList<>();
        for (GoalTableView table : tables) {
            if (table.kind() != GoalTableKind.PROJECT) {
                continue;
            }
            SelfEvaluationSummary summary = summaries.get(table.id());
            Optional<SelfEvaluationView> view = summary == null || summary.id() == null ? Optional.empty()
                    : evaluations.find(summary.id(), scope);
            projects.add(new ReportData.ProjectEntry(table, summary, view));
        }
        Optional<DepartmentScoreSheet> departmentSheet = Optional.ofNullable(department.getIfAvailable())
                .flatMap(source -> source.find(unit.code(), fy, scope));
        List<MonthPoint> months = Optional.ofNullable(monthly.getIfAvailable())
                .map(source -> source.monthly(unit.code(), fy, scope)).orElse(List.of());
        Optional<ScoringPolicy> policy = RegionCode.isValid(unit.regionCode())
                ? policies.inForce(new RegionCode(unit.regionCode()), fy) : Optional.empty();
        BigDecimal threshold = policy.map(ScoringPolicy::executionReasonBelow).orElse(null);
        String policyName = policy.map(ScoringPolicy::name).orElse("（本地区本年度没有评分政策）");
        ReportData partial = new ReportData(unit, fy, outline, asOf, basics, departmentTable, projects, departmentSheet,
                months, Map.of(), threshold, policyName);
        Map<String, ReportStore.Narrative> saved = store.narratives(unit.code(), fy);
        Map<String, ReportData.Narrative> narratives = new LinkedHashMap<>();
        for (ReportOutline.Section section : outline.narratives()) {
            ReportStore.Narrative own = saved.get(section.narrative());
            narratives.put(section.narrative(), own != null
                    ? new ReportData.Narrative(section.narrative(), section.title(), section.hint(), own.body(), false, own.version())
                    : new ReportData.Narrative(section.narrative(), section.title(), section.hint(),
                    NarrativeDrafts.draft(section.narrative(), partial), true, 0));
        }
        return new ReportData(unit, fy, outline, asOf, basics, departmentTable, projects, departmentSheet, months,
                narratives, threshold, policyName);
    }
}
