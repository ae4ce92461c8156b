package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One indicator of a department template: a group (一级/二级, weight = sum of its children) or a leaf (三级,
 * scored by its {@link ScoringRule}). Texts are kept as printed in the source table.
 *
 * @param code        stable code within the template ({@code 2.3.7})
 * @param weight      分值
 * @param description 指标解释
 * @param criteria    评分标准, as printed
 * @param evidence    参考佐证材料名称
 * @param gates       yes/no preconditions; a "否" scores the leaf 0 ("如未报整体绩效目标，此指标自评不得分")
 * @param note        an editor's remark (e.g. a name not printed in the source and reconstructed)
 */
public record TemplateNode(String code, String name, BigDecimal weight, String description, String criteria,
                           String evidence, ScoringRule rule, List<Gate> gates, List<TemplateNode> children,
                           String note) {

    /** A precondition of a leaf. */
    public record Gate(String code, String question) {
        public Gate {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(question, "question");
        }
    }

    public TemplateNode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        description = description == null ? "" : description;
        criteria = criteria == null ? "" : criteria;
        evidence = evidence == null ? "" : evidence;
        note = note == null ? "" : note;
        gates = gates == null ? List.of() : List.copyOf(gates);
        children = children == null ? List.of() : List.copyOf(children);
        if (weight.signum() < 0) {
            throw new IllegalArgumentException(code + " " + name + ": 分值 is not negative");
        }
        if (children.isEmpty() == (rule == null)) {
            throw new IllegalArgumentException(code + " " + name + ": a leaf has a rule, a group has children");
        }
        if (!children.isEmpty()) {
            BigDecimal sum = children.stream().map(TemplateNode::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(weight) != 0) {
                throw new IllegalArgumentException(code + " " + name + ": children weigh " + sum + ", not " + weight);
            }
        } else {
            List<String> problems = rule.problems(weight);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(code + " " + name + ": " + String.join("; ", problems));
            }
        }
    }

    public static TemplateNode leaf(String code, String name, BigDecimal weight, ScoringRule rule) {
        return new TemplateNode(code, name, weight, "", "", "", rule, List.of(), List.of(), "");
    }

    public static TemplateNode group(String code, String name, List<TemplateNode> children) {
        BigDecimal weight = children.stream().map(TemplateNode::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new TemplateNode(code, name, weight, "", "", "", null, List.of(), children, "");
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** This node and all below it, depth first in table order. */
    public List<TemplateNode> flatten() {
        List<TemplateNode> all = new ArrayList<>();
        all.add(this);
        for (TemplateNode child : children) {
            all.addAll(child.flatten());
        }
        return all;
    }
}
