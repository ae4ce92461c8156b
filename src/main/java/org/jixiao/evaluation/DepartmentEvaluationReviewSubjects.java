package org.jixiao.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.orgs.OrgScope;
import org.jixiao.review.ReviewSubjectInfo;
import org.jixiao.review.ReviewSubjectProvider;
import org.jixiao.review.domain.BlockingFinding;
import org.jixiao.review.domain.SubjectKind;
import org.jixiao.scoring.domain.DepartmentScore;
import org.jixiao.scoring.domain.ScoringViolation;
import org.jixiao.scoring.domain.TemplateNode;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Department self-evaluations (部门整体支出绩效自评) as review subjects (审核对象 {@code department-evaluations}),
 * done as {@link SelfEvaluationReviewSubjects}: 送审 locks the evaluation, 撤回/退回/调整 unlock it; 调整 keeps the
 * scored document as JSON. 送审 is refused while any leaf's input is missing or anything the rules require before
 * submission (评分依据, …) is not supplied, each named at its 三级指标.
 */
@Component
class DepartmentEvaluationReviewSubjects implements ReviewSubjectProvider {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DepartmentEvaluations evaluations;
    private final DepartmentEvaluationQueries queries;

    DepartmentEvaluationReviewSubjects(DepartmentEvaluations evaluations, DepartmentEvaluationQueries queries) {
        this.evaluations = evaluations;
        this.queries = queries;
    }

    @Override
    public SubjectKind kind() {
        return SubjectKind.DEPARTMENT_EVALUATION;
    }

    @Override
    public Optional<ReviewSubjectInfo> find(long id, OrgScope scope) {
        return view(id, scope).map(v -> new ReviewSubjectInfo(v.unitCode(), v.year(),
                v.year().value() + " 年度部门整体支出绩效自评", v.unitName(), "/department-evaluations/" + id, 0));
    }

    @Override
    public void lock(long id) {
        evaluations.setLocked(id, true);
    }

    @Override
    public void unlock(long id) {
        evaluations.setLocked(id, false);
    }

    @Override
    public String snapshot(long id, OrgScope scope) {
        DepartmentEvaluationView view = require(id, scope);
        DepartmentScore s = view.score();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", id);
        document.put("version", view.version());
        document.put("unitCode", view.unitCode());
        document.put("fiscalYear", view.year().value());
        document.put("templateId", view.template().template().id());
        document.put("templateVersion", view.template().version());
        document.put("policyName", view.policyName());
        List<Map<String, Object>> leaves = new ArrayList<>();
        for (TemplateNode leaf : view.template().template().leaves()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", leaf.code());
            row.put("name", leaf.name());
            row.put("weight", leaf.weight());
            row.put("fields", view.input().fields(leaf.code()));
            row.put("score", s.node(leaf.code()).score().orElse(null));
            leaves.add(row);
        }
        document.put("leaves", leaves);
        document.put("total", s.total().orElse(null));
        document.put("grade", s.grade().map(g -> g.label()).orElse(null));
        return JSON.writeValueAsString(document);
    }

    /** Every problem of the scored evaluation (a missing input included), at its 三级指标. */
    @Override
    public List<BlockingFinding> blockingFindings(long id, OrgScope scope) {
        DepartmentEvaluationView view = require(id, scope);
        List<BlockingFinding> findings = new ArrayList<>();
        for (ScoringViolation v : view.violations()) {
            findings.add(new BlockingFinding(v.code(), location(view, v.path()), v.message()));
        }
        return findings;
    }

    @Override
    public List<Long> listed(String unitCode, FiscalYear year, OrgScope scope) {
        return queries.find(unitCode, year, scope).map(v -> List.of(v.id())).orElse(List.of());
    }

    private Optional<DepartmentEvaluationView> view(long id, OrgScope scope) {
        return id <= 0 ? Optional.empty() : queries.find(id, scope);
    }

    private DepartmentEvaluationView require(long id, OrgScope scope) {
        return view(id, scope).orElseThrow(() -> new NotFoundException("部门整体支出绩效自评 " + id + " 不存在"));
    }

    /** The 三级指标 a violation's path names ({@code 2.6.7.numerator} → 2.6.7 and its name), else empty. */
    private static String location(DepartmentEvaluationView view, String path) {
        String p = path == null ? "" : path;
        return view.template().template().leaves().stream()
                .filter(l -> p.equals(l.code()) || p.startsWith(l.code() + "."))
                .map(l -> l.code() + " " + l.name()).findFirst().orElse("");
    }
}
