package org.jixiao.evaluation.web;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jixiao.evaluation.EvaluationRescoring;
import org.jixiao.evaluation.EvidenceFile;
import org.jixiao.evaluation.MonitoredExecution;
import org.jixiao.evaluation.Rescore;
import org.jixiao.evaluation.SelfEvaluationView;
import org.jixiao.evaluation.domain.ScoredSelfEvaluation;
import org.jixiao.scoring.domain.Explanation;
import org.jixiao.scoring.domain.ScoringViolation;

/**
 * A project self-evaluation in the REST API: targets and weights from the goal table, the actuals as entered, and
 * for every line the engine's score and explanation (as data and as Chinese {@code text}). Money in 万元.
 */
record SelfEvaluationDocument(Long id, Long version, Long goalTableId, String unitCode, String unitName,
                              int fiscalYear, String projectCode, String projectName, String policyId,
                              String policyName, String templateId, String weightsSource, BigDecimal budgetWan,
                              BigDecimal executedWan, String executionReason, ExecutionDocument execution,
                              List<IndicatorDocument> indicators, BigDecimal total, String grade,
                              ExplanationDocument totalExplanation, List<ViolationDocument> violations,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String reviewStatus,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Boolean locked,
                              @JsonInclude(JsonInclude.Include.NON_NULL) RescoringDocument rescoring,
                              @JsonInclude(JsonInclude.Include.NON_NULL) List<EvidenceDocument> evidence,
                              @JsonInclude(JsonInclude.Include.NON_NULL) MonitoringDocument monitoring) {

    /**
     * The stored document with its review status, read-only flag, 复核分, evidence files and what 运行监控 records of
     * the project's year (when it records anything).
     */
    SelfEvaluationDocument with(String reviewStatus, boolean locked, EvaluationRescoring.Rescoring rescoring,
                                List<EvidenceFile> evidence, SelfEvaluationView view,
                                java.util.Optional<MonitoredExecution> monitored) {
        return new SelfEvaluationDocument(id, version, goalTableId, unitCode, unitName, fiscalYear, projectCode,
                projectName, policyId, policyName, templateId, weightsSource, budgetWan, executedWan, executionReason,
                execution, indicators, total, grade, totalExplanation, violations, reviewStatus, locked,
                RescoringDocument.of(rescoring), evidence.stream().map(f -> EvidenceDocument.of(id, f)).toList(),
                monitored.map(m -> MonitoringDocument.of(m, view)).orElse(null));
    }

    /**
     * 运行监控 (read-only, as it stands now): the project's recorded spending of the year ({@code executedWan}, Σ of
     * {@code records} records through month {@code lastMonth}) and its budget in force after the recorded 预算调整
     * ({@code budgetWan}, {@code adjusted}), in 万元; {@code executedDiffers} / {@code budgetDiffers} when the typed
     * 全年执行数 / 全年预算数 is not that figure. A self-evaluation started with records was prefilled from them.
     */
    record MonitoringDocument(String executedWan, int records, int lastMonth, String budgetWan, boolean adjusted,
                              boolean executedDiffers, boolean budgetDiffers) {
        static MonitoringDocument of(MonitoredExecution m, SelfEvaluationView view) {
            return new MonitoringDocument(m.hasRecords() ? m.executedWan() : null, m.records(), m.lastMonth(),
                    m.budgetWan(), m.adjusted(), m.executedDiffersFrom(view.input().executedWan()),
                    m.budgetDiffersFrom(view.input().budgetWan()));
        }
    }

    /** 复核分: those in force ({@code total}, {@code indicators} by row) and every one recorded ({@code history}). */
    record RescoringDocument(RescoreDocument total, List<RescoreDocument> indicators, List<RescoreDocument> history) {
        static RescoringDocument of(EvaluationRescoring.Rescoring r) {
            return new RescoringDocument(r.total() == null ? null : RescoreDocument.of(r.total()),
                    r.byIndicator().values().stream().map(RescoreDocument::of).toList(),
                    r.history().stream().map(RescoreDocument::of).toList());
        }
    }

    /** One 复核分: {@code indicator} 0-based, null for the total; {@code unitScore} the unit's own at the time. */
    record RescoreDocument(Integer indicator, String indicatorName, BigDecimal unitScore, BigDecimal score,
                           String reason, String reviewer, java.time.Instant at) {
        static RescoreDocument of(Rescore r) {
            return new RescoreDocument(r.indicator(), r.indicatorName(), r.unitScore(), r.score(), r.reason(),
                    r.actorName(), r.at());
        }
    }

    /** One evidence file; {@code href} downloads it. */
    record EvidenceDocument(long id, int indicator, String fileName, String type, long size, String sha256,
                            String uploader, java.time.Instant uploadedAt, String href) {
        static EvidenceDocument of(long evaluationId, EvidenceFile f) {
            return new EvidenceDocument(f.id(), f.indicator(), f.fileName(), f.type().name(), f.size(), f.sha256(),
                    f.uploaderName(), f.uploadedAt(), "/api/v1/self-evaluations/" + evaluationId + "/evidence/" + f.id());
        }
    }

    static SelfEvaluationDocument of(SelfEvaluationView view) {
        return view.id() == null ? of(null, null, view, view.scored())
                : of(view.id().value(), view.version(), view, view.scored());
    }

    static SelfEvaluationDocument of(Long id, Long version, SelfEvaluationView view, ScoredSelfEvaluation s) {
        return new SelfEvaluationDocument(id, version, view.table().id().value(), view.table().unitCode(),
                view.table().unitName(), view.table().year().value(), view.projectCode(), view.projectName(),
                s.policyId(), view.policyName(), s.templateId(), s.weightsFromTable() ? "GOAL_TABLE" : "POLICY_EVEN",
                s.budgetWan(), s.executedWan(), s.executionReason(),
                new ExecutionDocument(s.execution().weight(), s.execution().rate().orElse(null),
                        s.execution().score().orElse(null), ExplanationDocument.of(s.execution().explanation())),
                s.rows().stream().map(IndicatorDocument::of).toList(), s.total().orElse(null),
                s.grade().map(g -> g.label()).orElse(null), ExplanationDocument.of(s.totalExplanation()),
                s.violations().stream().map(ViolationDocument::of).toList(), null, null, null, null, null);
    }

    /** A self-contained document scored without a goal table (POST /api/v1/scoring with regionCode). */
    static SelfEvaluationDocument standalone(String regionCode, int year, String projectName, String policyName,
                                             ScoredSelfEvaluation s) {
        return new SelfEvaluationDocument(null, null, null, null, null, year, null, projectName, s.policyId(),
                policyName, s.templateId(), s.weightsFromTable() ? "GOAL_TABLE" : "POLICY_EVEN", s.budgetWan(),
                s.executedWan(), s.executionReason(),
                new ExecutionDocument(s.execution().weight(), s.execution().rate().orElse(null),
                        s.execution().score().orElse(null), ExplanationDocument.of(s.execution().explanation())),
                s.rows().stream().map(IndicatorDocument::of).toList(), s.total().orElse(null),
                s.grade().map(g -> g.label()).orElse(null), ExplanationDocument.of(s.totalExplanation()),
                s.violations().stream().map(ViolationDocument::of).toList(), null, null, null, null, null);
    }

    record ExecutionDocument(BigDecimal weight, BigDecimal rate, BigDecimal score, ExplanationDocument explanation) {
    }

    /** One indicator: {@code kind} MEASURED, DEADLINE, JUDGED or NOT_APPLICABLE; {@code score} the judged score entered, {@code result} the line's score. */
    record IndicatorDocument(int index, String level1, String level2, String name, String kind, String target,
                             BigDecimal weight, String actual, String band, BigDecimal score, boolean notApplicable,
                             String deviationReason, BigDecimal deduction, String deductionReason, BigDecimal result,
                             BigDecimal deviation, boolean complete, ExplanationDocument explanation) {
        static IndicatorDocument of(ScoredSelfEvaluation.RowResult r) {
            return new IndicatorDocument(r.index(), r.indicator().level1().original(), r.indicator().level2().original(),
                    r.indicator().name(), r.kind().name(), r.target(), r.weight(), r.actual(),
                    r.band() == null ? null : r.band().label(), r.score(),
                    r.kind() == org.jixiao.evaluation.domain.AssessmentKind.NOT_APPLICABLE, r.deviationReason(),
                    r.deduction(), r.deductionReason(), r.result().orElse(null), r.deviation().orElse(null),
                    r.complete(), ExplanationDocument.of(r.explanation()));
        }
    }

    record ExplanationDocument(String subject, List<TermDocument> inputs, String formula, List<TermDocument> steps,
                               BigDecimal exact, BigDecimal rounded, BigDecimal result, List<String> notes,
                               String text) {
        static ExplanationDocument of(Explanation e) {
            return new ExplanationDocument(e.subject(), e.inputs().stream().map(TermDocument::of).toList(), e.formula(),
                    e.steps().stream().map(TermDocument::of).toList(),
                    e.rounding() == null ? null : e.rounding().exact(), e.rounding() == null ? null : e.rounding().rounded(),
                    e.result(), e.notes(), e.render());
        }
    }

    record TermDocument(String name, String text, BigDecimal number) {
        static TermDocument of(Explanation.Term t) {
            return new TermDocument(t.name(), t.text(), t.number());
        }
    }

    /** {@code kind} REFUSED (not saved) or REQUIRED (still to be supplied before submission). */
    record ViolationDocument(String kind, String code, String field, String message) {
        static ViolationDocument of(ScoringViolation v) {
            return new ViolationDocument(v.kind().name(), v.code(), v.path(), v.message());
        }
    }
}
