package org.jixiao.evaluation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jixiao.evaluation.DepartmentEvaluationQueries;
import org.jixiao.evaluation.DepartmentEvaluationView;
import org.jixiao.evaluation.EvaluationRescoring;
import org.jixiao.evaluation.Rescore;
import org.jixiao.evaluation.domain.DepartmentFields;
import org.jixiao.scoring.domain.DepartmentScore;
import org.jixiao.scoring.domain.TemplateNode;

/**
 * A 部门整体支出绩效自评 in the REST API: the template version, the inputs as typed ({@code leaves}: leaf code → field
 * → text), and the template tree with every node's 分值, texts, the fields its rule reads, the engine's score and
 * explanation; total, grade and every problem.
 */
record DepartmentEvaluationDocument(Long id, Long version, String unitCode, String unitName, int fiscalYear,
                                    String templateId, int templateVersion, String templateName, String policyName,
                                    Map<String, Map<String, String>> leaves, List<NodeDocument> nodes,
                                    BigDecimal total, String grade,
                                    SelfEvaluationDocument.ExplanationDocument totalExplanation,
                                    List<SelfEvaluationDocument.ViolationDocument> violations,
                                    @JsonInclude(JsonInclude.Include.NON_NULL) String reviewStatus,
                                    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean locked,
                                    @JsonInclude(JsonInclude.Include.NON_NULL) RescoringDocument rescoring,
                                    @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal monitoredAverageRate,
                                    @JsonInclude(JsonInclude.Include.NON_NULL) String monitoredAverageRatePercent) {

    /**
     * The stored evaluation with its review status, read-only flag, 复核分 and the unit-year's 年度平均执行率 from
     * 运行监控 (exact fraction and the percent text its {@code AVERAGE_EXECUTION} leaves are prefilled with).
     */
    DepartmentEvaluationDocument with(String reviewStatus, boolean locked, EvaluationRescoring.Rescoring rescoring,
                                      List<TemplateNode> leaves, BigDecimal monitored) {
        return new DepartmentEvaluationDocument(id, version, unitCode, unitName, fiscalYear, templateId,
                templateVersion, templateName, policyName, this.leaves, nodes, total, grade, totalExplanation,
                violations, reviewStatus, locked, RescoringDocument.of(rescoring, leaves), monitored,
                monitored == null ? null : DepartmentEvaluationQueries.percentText(monitored));
    }

    /** 复核分: the total's and each 三级指标's in force (by leaf code), and every record oldest first. */
    record RescoringDocument(RescoreDocument total, List<RescoreDocument> leaves, List<RescoreDocument> history) {
        static RescoringDocument of(EvaluationRescoring.Rescoring r, List<TemplateNode> leaves) {
            return new RescoringDocument(r.total() == null ? null : RescoreDocument.of(r.total(), leaves),
                    r.byIndicator().values().stream().map(x -> RescoreDocument.of(x, leaves)).toList(),
                    r.history().stream().map(x -> RescoreDocument.of(x, leaves)).toList());
        }
    }

    /** One 复核分: {@code leaf} the 三级指标's code, null for the total; {@code unitScore} the unit's own then. */
    record RescoreDocument(String leaf, String leafName, BigDecimal unitScore, BigDecimal score, String reason,
                           String reviewer, java.time.Instant at) {
        static RescoreDocument of(Rescore r, List<TemplateNode> leaves) {
            String code = r.indicator() == null || r.indicator() >= leaves.size() ? null
                    : leaves.get(r.indicator()).code();
            return new RescoreDocument(code, r.indicatorName(), r.unitScore(), r.score(), r.reason(), r.actorName(),
                    r.at());
        }
    }

    static DepartmentEvaluationDocument of(DepartmentEvaluationView view) {
        DepartmentScore s = view.score();
        List<NodeDocument> nodes = new ArrayList<>();
        for (TemplateNode root : view.template().template().roots()) {
            nodes.add(NodeDocument.of(root, 1, s));
        }
        return new DepartmentEvaluationDocument(view.id(), view.id() == null ? null : view.version(),
                view.unitCode().isEmpty() ? null : view.unitCode(), view.unitName().isEmpty() ? null : view.unitName(),
                view.year().value(), view.template().template().id(), view.template().version(),
                view.template().template().name(), view.policyName(), view.input().leaves(), nodes,
                s.total().orElse(null), s.grade().map(g -> g.label()).orElse(null),
                SelfEvaluationDocument.ExplanationDocument.of(s.totalExplanation()),
                view.violations().stream().map(SelfEvaluationDocument.ViolationDocument::of).toList(),
                null, null, null, null, null);
    }

    /** One indicator of the tree; {@code rule} and {@code fields} only on leaves. */
    record NodeDocument(String code, int level, String name, BigDecimal weight, String description, String criteria,
                        String evidence, String note, String rule, List<FieldDocument> fields, BigDecimal score,
                        SelfEvaluationDocument.ExplanationDocument explanation, List<NodeDocument> children) {
        static NodeDocument of(TemplateNode node, int level, DepartmentScore s) {
            DepartmentScore.Node scored = s.node(node.code());
            List<NodeDocument> children = new ArrayList<>();
            for (TemplateNode child : node.children()) {
                children.add(of(child, level + 1, s));
            }
            return new NodeDocument(node.code(), level, node.name(), node.weight(), node.description(), node.criteria(),
                    node.evidence(), node.note(), node.isLeaf() ? node.rule().kind() : null,
                    node.isLeaf() ? DepartmentFields.of(node, 1).stream().map(FieldDocument::of).toList() : List.of(),
                    scored.score().orElse(null), SelfEvaluationDocument.ExplanationDocument.of(scored.explanation()),
                    children);
        }
    }

    /** A field a leaf's rule reads ({@code items[0].…} repeat for every goal indicator). */
    record FieldDocument(String key, String label, String type) {
        static FieldDocument of(org.jixiao.evaluation.domain.DepartmentField f) {
            return new FieldDocument(f.key(), f.label(), f.type().name());
        }
    }
}
