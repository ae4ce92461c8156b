package org.jixiao.evaluation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.evaluation.domain.DepartmentInput;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.OrgView;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.scoring.domain.DepartmentTemplateCatalog;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.RecordLockedException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.VersionConflictException;
import org.jixiao.shared.Violation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes of 部门整体支出绩效自评: start one per budget unit and year with a template in force for its 财政区划 and
 * year, save the inputs under optimistic locking. A value that cannot be read or lies outside its range refuses the
 * save with every problem at once; what is merely still missing does not (a draft may be saved incomplete). Scores
 * are never stored.
 */
@Service
@Transactional
public class DepartmentEvaluationManagement {

    private final DepartmentEvaluations evaluations;
    private final DepartmentEvaluationQueries queries;
    private final DepartmentTemplates templates;
    private final OrgQueries orgs;
    private final Clock clock;

    DepartmentEvaluationManagement(DepartmentEvaluations evaluations, DepartmentEvaluationQueries queries,
                                   DepartmentTemplates templates, OrgQueries orgs, Clock clock) {
        this.evaluations = evaluations;
        this.queries = queries;
        this.templates = templates;
        this.orgs = orgs;
        this.clock = clock;
    }

    /**
     * Starts the unit-year's department self-evaluation with {@code templateId} (its latest version in force), or
     * with the template preferred for the unit's region and year when {@code templateId} is null or blank. Its
     * 部门预算资金支出率 leaves (rule {@code AVERAGE_EXECUTION}) are prefilled with the unit-year's 年度平均执行率
     * from 运行监控 when execution records exist ({@link DepartmentEvaluationQueries#monitoredAverageRate}).
     *
     * @throws NotFoundException   when the unit is not a budget unit within the scope
     * @throws ValidationException when the template is not in force, none is, or the unit-year already has one
     */
    public long start(String unitCode, FiscalYear year, String templateId, OrgScope scope) {
        OrgView unit = orgs.find(unitCode, scope).filter(OrgView::isBudgetUnit)
                .orElseThrow(() -> new NotFoundException("单位 " + unitCode + " 不存在"));
        RegionCode region = new RegionCode(unit.regionCode());
        DepartmentTemplateCatalog.Entry template = (templateId == null || templateId.isBlank()
                ? templates.preferred(unitCode, region, year) : templates.latestInForce(templateId, unitCode, region, year))
                .orElseThrow(() -> new ValidationException(List.of(Violation.of("department.template.notInForce",
                        "templateId", templateId == null ? "" : templateId, region.value(),
                        Integer.toString(year.value())))));
        if (evaluations.find(unitCode, year).isPresent()) {
            throw new ValidationException(List.of(Violation.of("department.exists", "unitCode")));
        }
        java.util.Map<String, java.util.Map<String, String>> prefilled = new java.util.LinkedHashMap<>();
        queries.monitoredAverageRate(unitCode, year, scope).ifPresent(rate -> DepartmentEvaluationQueries
                .averageExecutionLeaves(template).forEach(leaf -> prefilled.put(leaf,
                        java.util.Map.of("average", DepartmentEvaluationQueries.percentText(rate)))));
        try {
            return evaluations.insert(new StoredDepartmentEvaluation(null, unitCode, year, template.template().id(),
                    template.version(), prefilled, 0), clock.instant());
        } catch (DuplicateKeyException e) { // started by someone else a moment ago
            throw new ValidationException(List.of(Violation.of("department.exists", "unitCode")));
        }
    }

    /**
     * Saves the inputs as typed if the evaluation is still at {@code input.version()}.
     *
     * @throws NotFoundException        when it does not exist or lies outside the scope
     * @throws ValidationException      with every problem when a value cannot be read or scored
     * @throws VersionConflictException when somebody saved it in between; nothing is written then
     * @throws RecordLockedException    when it is submitted or approved (送审后只读)
     */
    public DepartmentEvaluationView save(long id, DepartmentInput input, OrgScope scope) {
        StoredDepartmentEvaluation stored = evaluations.find(id).filter(e -> scope.contains(e.unitCode()))
                .orElseThrow(() -> new NotFoundException("部门整体支出绩效自评 " + id + " 不存在"));
        if (evaluations.isLocked(id)) {
            throw new RecordLockedException(DepartmentEvaluations.LOCKED_MESSAGE);
        }
        DepartmentEvaluationView scored = queries.view(stored, input);
        List<Violation> violations = new ArrayList<>(EvaluationManagement.violations(scored.blocking()));
        if (input.version() == null) {
            violations.add(Violation.of("version.required", "version"));
        } else if (input.version() < 0) {
            violations.add(Violation.of("version.invalid", "version"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        evaluations.update(new StoredDepartmentEvaluation(stored.id(), stored.unitCode(), stored.year(),
                stored.templateId(), stored.templateVersion(), input.leaves(), stored.version()), input.version(),
                clock.instant());
        return scored;
    }
}
