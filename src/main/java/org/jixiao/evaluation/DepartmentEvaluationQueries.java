package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jixiao.evaluation.domain.DepartmentInput;
import org.jixiao.evaluation.domain.DepartmentInputParser;
import org.jixiao.monitoring.MonitoringQueries;
import org.jixiao.monitoring.MonitoringTable;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.OrgView;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.scoring.domain.DepartmentScore;
import org.jixiao.scoring.domain.DepartmentScorer;
import org.jixiao.scoring.domain.DepartmentTemplateCatalog;
import org.jixiao.scoring.domain.PolicyCatalog;
import org.jixiao.scoring.domain.ScoringPolicy;
import org.jixiao.scoring.domain.ScoringRule;
import org.jixiao.scoring.domain.TemplateNode;
import org.jixiao.scoring.domain.ScoringViolation;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of 部门整体支出绩效自评, always within an {@link OrgScope} (another unit's is not found). Scores are computed
 * on every read by the engine's {@link DepartmentScorer}: the stored template version, the policy in force for the
 * unit's 财政区划 and year, the inputs as typed.
 */
@Service
@Transactional(readOnly = true)
public class DepartmentEvaluationQueries {

    private final DepartmentEvaluations evaluations;
    private final DepartmentTemplates templates;
    private final PolicyCatalog policies;
    private final DepartmentScorer scorer;
    private final OrgQueries orgs;
    private final MonitoringQueries monitoring;

    DepartmentEvaluationQueries(DepartmentEvaluations evaluations, DepartmentTemplates templates,
                                PolicyCatalog policies, DepartmentScorer scorer, OrgQueries orgs,
                                MonitoringQueries monitoring) {
        this.monitoring = monitoring;
        this.evaluations = evaluations;
        this.templates = templates;
        this.policies = policies;
        this.scorer = scorer;
        this.orgs = orgs;
    }

    public Optional<DepartmentEvaluationView> find(long id, OrgScope scope) {
        return evaluations.find(id).filter(e -> scope.contains(e.unitCode())).map(e -> view(e, e.input()));
    }

    /**
     * 年度平均执行率 of the unit-year from 运行监控 ({@link MonitoringTable#averageRate()}: the projects' 年度平均执行率
     * weighted by their budgets), when execution records exist; an exact fraction. What the template's
     * 部门预算资金支出率 leaves (rule {@code AVERAGE_EXECUTION}) are prefilled with.
     */
    public Optional<BigDecimal> monitoredAverageRate(String unitCode, FiscalYear year, OrgScope scope) {
        if (!scope.contains(unitCode)) {
            return Optional.empty();
        }
        try {
            MonitoringTable table = monitoring.unitYear(unitCode, year, Optional.empty(), scope);
            return table.reportedThrough() == 0 ? Optional.empty() : Optional.ofNullable(table.averageRate());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * The view's input with every {@code AVERAGE_EXECUTION} leaf that has neither {@code average} nor {@code monthly}
     * typed filled with {@link #monitoredAverageRate} (as {@link #percentText}); the input unchanged without records.
     */
    public DepartmentInput prefilled(DepartmentEvaluationView view, OrgScope scope) {
        Optional<BigDecimal> rate = monitoredAverageRate(view.unitCode(), view.year(), scope);
        if (rate.isEmpty()) {
            return view.input();
        }
        java.util.Map<String, java.util.Map<String, String>> leaves = new java.util.LinkedHashMap<>();
        view.input().leaves().forEach((leaf, fields) -> leaves.put(leaf, new java.util.LinkedHashMap<>(fields)));
        for (String leaf : averageExecutionLeaves(view.template())) {
            java.util.Map<String, String> fields = leaves.computeIfAbsent(leaf, k -> new java.util.LinkedHashMap<>());
            if (fields.getOrDefault("average", "").isBlank() && fields.getOrDefault("monthly", "").isBlank()) {
                fields.put("average", percentText(rate.get()));
            }
        }
        return new DepartmentInput(view.input().version(), leaves);
    }

    /** The codes of the template's leaves scored by 年度平均执行率 (rule {@code AVERAGE_EXECUTION}). */
    public static List<String> averageExecutionLeaves(DepartmentTemplateCatalog.Entry template) {
        return template.template().leaves().stream().filter(l -> l.rule() instanceof ScoringRule.AverageExecution)
                .map(TemplateNode::code).toList();
    }

    /** A rate as typed into a leaf's {@code average} field: percent, two decimals (the one rounding), e.g. 65.12%. */
    public static String percentText(BigDecimal rate) {
        return rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** 送审后只读: true while submitted or approved. */
    public boolean isLocked(long id) {
        return evaluations.isLocked(id);
    }

    /** The unit-year's department self-evaluation, if started. */
    public Optional<DepartmentEvaluationView> find(String unitCode, FiscalYear year, OrgScope scope) {
        if (!scope.contains(unitCode)) {
            return Optional.empty();
        }
        return evaluations.find(unitCode, year).map(e -> view(e, e.input()));
    }

    /** The unit's latest year with a department self-evaluation, if any (within the scope). */
    public Optional<FiscalYear> latestYear(String unitCode, OrgScope scope) {
        return scope.contains(unitCode) ? evaluations.latestYear(unitCode).map(FiscalYear::of) : Optional.empty();
    }

    /** Its total and grade, for the unit-year's list of self-evaluations. */
    public Optional<DepartmentEvaluationSummary> summary(String unitCode, FiscalYear year, OrgScope scope) {
        return find(unitCode, year, scope).map(v -> new DepartmentEvaluationSummary(v.id(), v.template().template().id(),
                v.template().version(), v.template().template().name(), v.score().total().orElse(null),
                v.score().grade().orElse(null), v.version()));
    }

    /**
     * Scored as typed, in place of what is stored; nothing is saved.
     *
     * @throws NotFoundException when it does not exist or lies outside the scope
     */
    public DepartmentEvaluationView preview(long id, DepartmentInput input, OrgScope scope) {
        StoredDepartmentEvaluation stored = evaluations.find(id).filter(e -> scope.contains(e.unitCode()))
                .orElseThrow(() -> notFound(id));
        return view(stored, input);
    }

    /** The templates the unit may choose from for the year (its region's own first). */
    public List<DepartmentTemplateCatalog.Entry> templatesInForce(String unitCode, FiscalYear year) {
        return orgs.find(unitCode).map(o -> templates.inForce(unitCode, new RegionCode(o.regionCode()), year))
                .orElse(List.of());
    }

    /**
     * Scores a posted document without storing anything: a template in force for {@code region} and {@code year}
     * (its latest version, or the one given; a unit's own designs only with its {@code unitCode}) under the policy
     * in force there.
     *
     * @throws ValidationException when the template or a policy is not in force there and then
     */
    public DepartmentEvaluationView score(String unitCode, RegionCode region, FiscalYear year, String templateId,
                                         Integer templateVersion, DepartmentInput input) {
        Optional<DepartmentTemplateCatalog.Entry> entry = (templateVersion == null
                ? templates.latestInForce(templateId, unitCode, region, year)
                : templates.find(templateId, templateVersion).filter(e -> e.covers(year)))
                .filter(e -> !templates.isDesign(templateId) || templates.inForce(unitCode, region, year).stream()
                        .anyMatch(f -> f.template().id().equals(templateId)));
        DepartmentTemplateCatalog.Entry template = entry.orElseThrow(() -> new ValidationException(List.of(Violation.of(
                "department.template.notInForce", "templateId", templateId, region.value(),
                Integer.toString(year.value())))));
        ScoringPolicy policy = policies.inForce(region, year).orElseThrow(() -> new ValidationException(List.of(
                Violation.of("evaluation.policy.none", "regionCode", region.value(), Integer.toString(year.value())))));
        return view(null, 0, "", "", year, template, policy, input);
    }

    DepartmentEvaluationView view(StoredDepartmentEvaluation stored, DepartmentInput input) {
        OrgView unit = orgs.find(stored.unitCode())
                .orElseThrow(() -> new IllegalStateException("unit not found: " + stored.unitCode()));
        DepartmentTemplateCatalog.Entry template = templates.find(stored.templateId(), stored.templateVersion())
                .orElseThrow(() -> new IllegalStateException("template " + stored.templateId() + " v"
                        + stored.templateVersion() + " is not installed"));
        ScoringPolicy policy = policies.inForce(new RegionCode(unit.regionCode()), stored.year())
                .orElseThrow(() -> new IllegalStateException("no scoring policy in force for " + unit.regionCode() + " "
                        + stored.year().value()));
        return view(stored.id(), stored.version(), unit.code(), unit.name(), stored.year(), template, policy, input);
    }

    private DepartmentEvaluationView view(Long id, long version, String unitCode, String unitName, FiscalYear year,
                                          DepartmentTemplateCatalog.Entry template, ScoringPolicy policy,
                                          DepartmentInput input) {
        DepartmentInputParser.Parsed parsed = DepartmentInputParser.parse(template.template(), input);
        DepartmentScore score = scorer.score(parsed.evaluation(), template.template(), policy);
        Set<String> leavesWithProblems = new HashSet<>();
        for (ScoringViolation v : parsed.violations()) {
            template.template().leaves().stream().filter(l -> v.path().startsWith(l.code() + "."))
                    .forEach(l -> leavesWithProblems.add(l.code()));
        }
        List<ScoringViolation> all = new ArrayList<>(parsed.violations());
        for (ScoringViolation v : score.violations()) {
            if (!(v.code().equals("scoring.input.missing") && leavesWithProblems.contains(v.path()))) {
                all.add(v);
            }
        }
        return new DepartmentEvaluationView(id, version, unitCode, unitName, year, template, policy.name(), input,
                score, all);
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("部门整体支出绩效自评 " + id + " 不存在");
    }
}
