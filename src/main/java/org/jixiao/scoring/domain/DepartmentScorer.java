package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores a 部门整体支出绩效自评 against its {@link DepartmentTemplate} (rules.md §4, seed 002): each leaf by its
 * rule, rounded once to two decimals (half-up); groups and the total are exact sums of their leaves, as the
 * printed tables add up. The grade follows the policy's bands. Stateless; safe to share.
 */
public final class DepartmentScorer {

    public DepartmentScore score(DepartmentEvaluation evaluation, DepartmentTemplate template, ScoringPolicy policy) {
        List<ScoringViolation> violations = new ArrayList<>();
        if (!evaluation.templateId().equals(template.id())) {
            throw new IllegalArgumentException("evaluation of template " + evaluation.templateId()
                    + " scored against " + template.id());
        }
        for (String code : evaluation.entries().keySet()) {
            if (template.node(code).filter(TemplateNode::isLeaf).isEmpty()) {
                violations.add(ScoringViolation.refused("scoring.leaf.unknown", code,
                        "模板「" + template.name() + "」没有三级指标「" + code + "」"));
            }
        }
        List<DepartmentScore.Node> roots = new ArrayList<>();
        for (TemplateNode root : template.roots()) {
            roots.add(node(root, evaluation, policy, violations));
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean complete = true;
        List<Explanation.Term> steps = new ArrayList<>();
        for (DepartmentScore.Node root : roots) {
            if (root.score().isPresent()) {
                sum = sum.add(root.score().get());
                steps.add(Explanation.Term.points(root.name(), root.score().get()));
            } else {
                complete = false;
            }
        }
        boolean refused = violations.stream().anyMatch(v -> v.kind() == ScoringViolation.Kind.REFUSED);
        String formula = "总分 = 各一级指标得分之和（各三级指标得分保留两位小数后相加）";
        if (!complete || refused) {
            Explanation e = new Explanation("总分", List.of(), formula, steps, null, null,
                    List.of("有指标未能计分，暂无总分"));
            return new DepartmentScore(template.id(), policy.id(), roots, Optional.empty(), Optional.empty(), e,
                    violations);
        }
        Grade grade = policy.gradeBands().grade(sum);
        Explanation e = new Explanation("总分", List.of(), formula, steps, null, sum,
                List.of("评价等级：" + grade.label() + "（" + policy.gradeBands().describe() + "）"));
        return new DepartmentScore(template.id(), policy.id(), roots, Optional.of(sum), Optional.of(grade), e,
                violations);
    }

    private static DepartmentScore.Node node(TemplateNode node, DepartmentEvaluation evaluation, ScoringPolicy policy,
                                             List<ScoringViolation> violations) {
        if (node.isLeaf()) {
            return leaf(node, evaluation.entries().get(node.code()), policy, violations);
        }
        List<DepartmentScore.Node> children = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        boolean complete = true;
        List<Explanation.Term> steps = new ArrayList<>();
        for (TemplateNode child : node.children()) {
            DepartmentScore.Node scored = node(child, evaluation, policy, violations);
            children.add(scored);
            if (scored.score().isPresent()) {
                sum = sum.add(scored.score().get());
                steps.add(Explanation.Term.points(child.name(), scored.score().get()));
            } else {
                complete = false;
            }
        }
        Explanation e = new Explanation(node.name(), List.of(), "得分 = 下级指标得分之和", steps, null,
                complete ? sum : null, List.of());
        return new DepartmentScore.Node(node.code(), node.name(), node.weight(),
                complete ? Optional.of(sum) : Optional.empty(), e, children);
    }

    private static DepartmentScore.Node leaf(TemplateNode node, DepartmentEvaluation.Entry entry,
                                             ScoringPolicy policy, List<ScoringViolation> violations) {
        if (entry == null) {
            violations.add(ScoringViolation.required("scoring.input.missing", node.code(),
                    "「" + node.name() + "」尚未填写"));
            Explanation e = new Explanation(node.name(), List.of(), node.criteria(), List.of(), null, null,
                    List.of("尚未填写"));
            return new DepartmentScore.Node(node.code(), node.name(), node.weight(), Optional.empty(), e, List.of());
        }
        Outcome out = node.rule().apply(node.weight(), entry.input(), policy.qualitativeBands(), node.name(),
                node.code());
        for (TemplateNode.Gate gate : node.gates()) {
            Boolean answer = entry.gates().get(gate.code());
            if (answer == null) {
                out.violation(ScoringViolation.required("scoring.gate.missing", node.code() + "." + gate.code(),
                        "「" + node.name() + "」请回答：" + gate.question()));
                continue;
            }
            out.input(Explanation.Term.text(gate.question(), answer ? "是" : "否"));
            if (!answer && out.exact() != null) {
                out.note("「" + gate.question() + "」为否，此指标不得分");
                out.score(BigDecimal.ZERO);
            }
        }
        if (!entry.basis().isEmpty()) {
            out.note("评分依据：" + entry.basis());
        }
        violations.addAll(out.violations());
        Explanation e = out.explain(node.name());
        return new DepartmentScore.Node(node.code(), node.name(), node.weight(), Optional.ofNullable(e.result()), e,
                List.of());
    }
}
