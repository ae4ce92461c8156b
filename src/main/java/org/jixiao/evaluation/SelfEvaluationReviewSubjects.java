package org.jixiao.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.evaluation.domain.AssessmentKind;
import org.jixiao.evaluation.domain.EvaluationId;
import org.jixiao.evaluation.domain.ScoredSelfEvaluation;
import org.jixiao.orgs.OrgScope;
import org.jixiao.review.ReviewSubjectInfo;
import org.jixiao.review.ReviewSubjectProvider;
import org.jixiao.review.domain.BlockingFinding;
import org.jixiao.review.domain.SubjectKind;
import org.jixiao.scoring.domain.ScoringViolation;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Project self-evaluations as review subjects (审核对象 {@code self-evaluations}): 送审 locks the evaluation (its
 * actuals and its evidence files), 撤回/退回/调整 unlock it; 调整 keeps the scored document as JSON. 送审 is refused
 * while an actual is missing or anything the scoring rules require before submission (偏差原因 from the threshold,
 * the reason for low execution, …) is not supplied.
 */
@Component
class SelfEvaluationReviewSubjects implements ReviewSubjectProvider {

    private static final Pattern ROW = Pattern.compile("^indicators\\[(\\d+)]");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SelfEvaluations evaluations;
    private final EvaluationQueries queries;

    SelfEvaluationReviewSubjects(SelfEvaluations evaluations, EvaluationQueries queries) {
        this.evaluations = evaluations;
        this.queries = queries;
    }

    @Override
    public SubjectKind kind() {
        return SubjectKind.SELF_EVALUATION;
    }

    @Override
    public Optional<ReviewSubjectInfo> find(long id, OrgScope scope) {
        return view(id, scope).map(v -> new ReviewSubjectInfo(v.table().unitCode(), v.table().year(),
                v.projectName() + "（绩效自评）", v.table().unitName(), "/self-evaluations/" + id,
                v.scored().rows().size()));
    }

    @Override
    public void lock(long id) {
        evaluations.setLocked(new EvaluationId(id), true);
    }

    @Override
    public void unlock(long id) {
        evaluations.setLocked(new EvaluationId(id), false);
    }

    @Override
    public String snapshot(long id, OrgScope scope) {
        SelfEvaluationView view = view(id, scope).orElseThrow(() -> new NotFoundException("自评表 " + id + " 不存在"));
        ScoredSelfEvaluation s = view.scored();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", id);
        document.put("version", view.version());
        document.put("goalTableId", view.table().id().value());
        document.put("projectName", view.projectName());
        document.put("policyId", s.policyId());
        document.put("budgetWan", s.budgetWan());
        document.put("executedWan", s.executedWan());
        document.put("executionReason", s.executionReason());
        document.put("executionScore", s.execution().score().orElse(null));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ScoredSelfEvaluation.RowResult r : s.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("index", r.index());
            row.put("name", r.indicator().name());
            row.put("target", r.target());
            row.put("weight", r.weight());
            row.put("actual", r.actual());
            row.put("band", r.band() == null ? null : r.band().label());
            row.put("score", r.score());
            row.put("notApplicable", r.kind() == AssessmentKind.NOT_APPLICABLE);
            row.put("deviationReason", r.deviationReason());
            row.put("result", r.result().orElse(null));
            rows.add(row);
        }
        document.put("indicators", rows);
        document.put("total", s.total().orElse(null));
        document.put("grade", s.grade().map(g -> g.label()).orElse(null));
        return JSON.writeValueAsString(document);
    }

    /**
     * Everything the rules still require (each violation of the scored evaluation, at its row), every indicator
     * without an actual, and a missing 全年执行数.
     */
    @Override
    public List<BlockingFinding> blockingFindings(long id, OrgScope scope) {
        SelfEvaluationView view = view(id, scope).orElseThrow(() -> new NotFoundException("自评表 " + id + " 不存在"));
        ScoredSelfEvaluation s = view.scored();
        List<BlockingFinding> findings = new ArrayList<>();
        for (ScoringViolation v : s.violations()) {
            findings.add(new BlockingFinding(v.code(), location(v.path()), v.message()));
        }
        for (ScoredSelfEvaluation.RowResult r : s.rows()) {
            boolean noted = s.violations().stream().anyMatch(v -> location(v.path()).equals(row(r.index())));
            if (!r.complete() && r.kind() != AssessmentKind.NOT_APPLICABLE && !noted) {
                findings.add(new BlockingFinding("ACTUAL_MISSING", row(r.index()),
                        "“" + r.indicator().name() + "”尚未填写实际完成值"));
            }
        }
        if (s.execution().score().isEmpty() && s.violations().stream().noneMatch(v -> v.path().startsWith("execution"))) {
            findings.add(new BlockingFinding("EXECUTION_MISSING", "", "尚未填写全年预算数和全年执行数"));
        }
        return findings;
    }

    @Override
    public List<Long> listed(String unitCode, FiscalYear year, OrgScope scope) {
        return queries.list(unitCode, year, scope).stream().filter(SelfEvaluationSummary::started)
                .map(l -> l.id().value()).toList();
    }

    private Optional<SelfEvaluationView> view(long id, OrgScope scope) {
        return id <= 0 ? Optional.empty() : queries.find(new EvaluationId(id), scope);
    }

    private static String location(String path) {
        Matcher m = ROW.matcher(path == null ? "" : path);
        return m.find() ? row(Integer.parseInt(m.group(1))) : "";
    }

    private static String row(int index) {
        return "第" + (index + 1) + "行";
    }
}
