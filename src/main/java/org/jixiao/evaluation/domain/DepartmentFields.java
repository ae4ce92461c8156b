package org.jixiao.evaluation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jixiao.evaluation.domain.DepartmentField.Type;
import org.jixiao.scoring.domain.ScoringRule;
import org.jixiao.scoring.domain.TemplateNode;

/**
 * The inputs each rule kind needs, as fields of a leaf: what the form shows and the API reads. Keys are the paths
 * at which the scoring engine reports problems (after the leaf code), so a message lands at its field.
 */
public final class DepartmentFields {

    /** Goal indicator lines of a 完成情况 leaf: {@code items[0].target}. */
    static final Pattern ITEM_KEY = Pattern.compile("((?:[A-Za-z0-9_]+\\.)*)items\\[(\\d{1,3})]\\.(name|target|actual|band|share|basis)");

    private DepartmentFields() {
    }

    /** Every field of {@code leaf}: gates, the rule's inputs ({@code itemLines} lines for goal indicators), 评分依据. */
    public static List<DepartmentField> of(TemplateNode leaf, int itemLines) {
        List<DepartmentField> fields = new ArrayList<>();
        for (TemplateNode.Gate gate : leaf.gates()) {
            fields.add(new DepartmentField(gate.code(), gate.question(), Type.YES_NO, "", "前提"));
        }
        rule(leaf.rule(), "", "", itemLines, fields);
        fields.add(new DepartmentField("basis", "评分依据、未达标原因、改进措施", Type.TEXTAREA, "", ""));
        return fields;
    }

    /** Whether {@code key} is a field of {@code leaf} (goal indicator lines of any number). */
    public static boolean known(TemplateNode leaf, String key) {
        if (of(leaf, 0).stream().anyMatch(f -> f.key().equals(key))) {
            return true;
        }
        var m = ITEM_KEY.matcher(key);
        return m.matches() && of(leaf, 1).stream().anyMatch(f -> f.key().equals(m.group(1) + "items[0]." + m.group(3)));
    }

    private static void rule(ScoringRule rule, String prefix, String label, int itemLines, List<DepartmentField> out) {
        if (rule instanceof ScoringRule.CompletionBands) {
            for (int i = 0; i < itemLines; i++) {
                String p = prefix + "items[" + i + "].";
                String g = label + "指标" + (i + 1);
                out.add(new DepartmentField(p + "name", "指标名称", Type.TEXT, g, ""));
                out.add(new DepartmentField(p + "target", "年初目标值", Type.NUMBER, g, "定量指标"));
                out.add(new DepartmentField(p + "actual", "实际完成值", Type.NUMBER, g, "定量指标"));
                out.add(new DepartmentField(p + "band", "完成情况", Type.BAND, g, "非量化指标"));
                out.add(new DepartmentField(p + "share", "得分比例（%）", Type.PERCENT, g, "非量化指标"));
                out.add(new DepartmentField(p + "basis", "书面评分依据", Type.TEXT, g, "非量化指标"));
            }
        } else if (rule instanceof ScoringRule.Proportional || rule instanceof ScoringRule.Tiers) {
            ratio(prefix, label, out);
        } else if (rule instanceof ScoringRule.Deductions d) {
            for (ScoringRule.DeductionItem item : d.items()) {
                out.add(new DepartmentField(prefix + item.code(), label + item.label() + "（次数）", Type.COUNT, "",
                        "每次扣" + item.points().stripTrailingZeros().toPlainString() + "分"));
            }
        } else if (rule instanceof ScoringRule.YesNo y) {
            out.add(new DepartmentField(prefix + "answer", label + y.question(), Type.YES_NO, "", ""));
        } else if (rule instanceof ScoringRule.WeightedSubItems w) {
            for (ScoringRule.SubItem item : w.items()) {
                rule(item.rule(), prefix + item.code() + ".", label + item.label() + "·", itemLines, out);
            }
        } else if (rule instanceof ScoringRule.ControlRate) {
            out.add(new DepartmentField(prefix + "budget", label + "预算安排数（元）", Type.NUMBER, "", ""));
            out.add(new DepartmentField(prefix + "actual", label + "实际支出数（元）", Type.NUMBER, "", ""));
        } else if (rule instanceof ScoringRule.AverageExecution) {
            out.add(new DepartmentField(prefix + "average", label + "年度平均执行率（%）", Type.PERCENT, "",
                    "财政部门通报的年度平均执行率"));
            out.add(new DepartmentField(prefix + "monthly", label + "或各月执行率（%，逗号分隔）", Type.PERCENTS, "",
                    "如 8, 15, 23"));
        } else if (rule instanceof ScoringRule.Judgement j) {
            if (j.bands()) {
                out.add(new DepartmentField(prefix + "band", label + "完成情况", Type.BAND, "", ""));
            }
            out.add(new DepartmentField(prefix + "score", label + "评定得分", Type.NUMBER, "", "0至分值，最多两位小数"));
            if (!prefix.isEmpty()) {
                out.add(new DepartmentField(prefix + "basis", label + "评分依据", Type.TEXT, "", ""));
            }
        }
    }

    private static void ratio(String prefix, String label, List<DepartmentField> out) {
        out.add(new DepartmentField(prefix + "numerator", label + "分子", Type.NUMBER, "", ""));
        out.add(new DepartmentField(prefix + "denominator", label + "分母", Type.NUMBER, "", ""));
        out.add(new DepartmentField(prefix + "value", label + "或直接填比率（%）", Type.PERCENT, "", "不填分子分母时"));
    }
}
