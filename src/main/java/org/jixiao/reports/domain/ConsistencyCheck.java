package org.jixiao.reports.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * 数据一致性核对: compares the figures a report states ({@link StatedFigures}) with their own arithmetic and with the
 * data. Three kinds of finding: the stated parts do not add up to the stated whole (seed 004: total 98.8, parts
 * 35 + 20 + 44.1 = 99.1); a stated figure differs from the data; a stated figure has nothing in the data to be
 * compared with (said plainly, e.g. the department self-evaluation is not entered yet). A stated figure with fewer
 * decimals than the data is compared with the data rounded (half up) to the stated decimals.
 */
public final class ConsistencyCheck {

    private ConsistencyCheck() {
    }

    /** Kind of a finding. */
    public enum Kind {
        ARITHMETIC("合计不符"), DATA("与数据不符"), NOT_IN_DATA("数据中没有");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One difference.
     *
     * @param expected what the arithmetic or the data gives; null for {@link Kind#NOT_IN_DATA}
     * @param difference stated − expected; null for {@link Kind#NOT_IN_DATA}
     */
    public record Difference(Kind kind, String subject, BigDecimal stated, BigDecimal expected, BigDecimal difference,
                             String message) {
    }

    /**
     * The data side: what the system holds. Empty optionals and absent map keys are data not entered.
     *
     * @param departmentTotal  the department self-evaluation's total score
     * @param departmentParts  its scores by 一级 and 二级 indicator name
     * @param executionRate    预算执行率 (per cent) from the entered final accounts
     * @param money            the entered basics
     * @param projectTotals    each project's self-evaluation total by project name (projects not scored are absent)
     */
    public record Data(Optional<BigDecimal> departmentTotal, Map<String, BigDecimal> departmentParts,
                       Optional<BigDecimal> executionRate, ReportBasics money, Map<String, BigDecimal> projectTotals,
                       java.util.Set<String> projectNames) {
    }

    public static List<Difference> check(StatedFigures stated, Data data) {
        List<Difference> out = new ArrayList<>();
        // 1. the stated arithmetic: the total against its top-level parts, every part against its children
        List<StatedFigures.Part> top = stated.parts().stream().filter(p -> p.parent() == null).toList();
        if (stated.total() != null && !top.isEmpty()) {
            sum(out, "总分", stated.total(), top);
        }
        for (StatedFigures.Part part : stated.parts()) {
            List<StatedFigures.Part> children = stated.parts().stream()
                    .filter(p -> part.name().equals(p.parent())).toList();
            if (!children.isEmpty()) {
                sum(out, "“" + part.name() + "”得分", part.score(), children);
            }
        }
        // 2. against the data
        if (stated.total() != null) {
            if (data.departmentTotal().isPresent()) {
                compare(out, "总分", stated.total(), data.departmentTotal().get(), "部门整体自评的总分");
            } else {
                out.add(new Difference(Kind.NOT_IN_DATA, "总分", stated.total(), null, null,
                        "尚未录入部门整体自评，总分 " + plain(stated.total()) + " 无法与数据核对。"));
            }
        }
        for (StatedFigures.Part part : stated.parts()) {
            BigDecimal fromData = data.departmentParts().get(part.name());
            if (fromData != null) {
                compare(out, "“" + part.name() + "”得分", part.score(), fromData, "部门整体自评中该指标的得分");
            } else if (data.departmentTotal().isPresent()) {
                out.add(new Difference(Kind.NOT_IN_DATA, "“" + part.name() + "”得分", part.score(), null, null,
                        "部门整体自评中没有名为“" + part.name() + "”的指标。"));
            }
        }
        if (!stated.parts().isEmpty() && data.departmentTotal().isEmpty()) {
            out.add(new Difference(Kind.NOT_IN_DATA, "各指标得分", null, null, null,
                    "尚未录入部门整体自评，各指标得分无法与数据核对（只核对了合计）。"));
        }
        if (stated.executionRatePercent() != null) {
            if (data.executionRate().isPresent()) {
                compare(out, "预算执行率（%）", stated.executionRatePercent(), data.executionRate().get(),
                        "支出合计 ÷ 调整后预算数（报告基本信息）");
            } else {
                out.add(new Difference(Kind.NOT_IN_DATA, "预算执行率（%）", stated.executionRatePercent(), null, null,
                        "报告基本信息中尚未录入支出合计和调整后预算数，预算执行率无法核对。"));
            }
        }
        stated.money().forEach((field, value) -> {
            Optional<BigDecimal> fromData = data.money().money(field).map(org.jixiao.shared.Amount::yuan);
            if (fromData.isPresent()) {
                compare(out, field.shortLabel() + "（元）", value, fromData.get(), "报告基本信息");
            } else {
                out.add(new Difference(Kind.NOT_IN_DATA, field.shortLabel() + "（元）", value, null, null,
                        "报告基本信息中尚未录入" + field.shortLabel() + "。"));
            }
        });
        stated.projectTotals().forEach((name, value) -> {
            BigDecimal fromData = data.projectTotals().get(name);
            if (fromData != null) {
                compare(out, "项目“" + name + "”自评得分", value, fromData, "该项目自评表的总分");
            } else {
                out.add(new Difference(Kind.NOT_IN_DATA, "项目“" + name + "”自评得分", value, null, null,
                        data.projectNames().contains(name) ? "项目“" + name + "”的自评尚未完成，无法核对。"
                                : "本单位本年度没有名为“" + name + "”的项目。"));
            }
        });
        return out;
    }

    private static void sum(List<Difference> out, String subject, BigDecimal whole, List<StatedFigures.Part> parts) {
        BigDecimal sum = parts.stream().map(StatedFigures.Part::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(whole) != 0) {
            String terms = parts.stream().map(p -> plain(p.score())).collect(Collectors.joining(" + "));
            String names = parts.stream().map(StatedFigures.Part::name).collect(Collectors.joining("、"));
            out.add(new Difference(Kind.ARITHMETIC, subject, whole, sum, whole.subtract(sum),
                    subject + " " + plain(whole) + " 与其组成部分（" + names + "）之和 " + terms + " = " + plain(sum)
                            + " 不符，相差 " + plain(whole.subtract(sum).abs()) + "。"));
        }
    }

    private static void compare(List<Difference> out, String subject, BigDecimal stated, BigDecimal data, String source) {
        Objects.requireNonNull(data, "data");
        int scale = Math.max(0, stated.stripTrailingZeros().scale());
        BigDecimal comparable = data.stripTrailingZeros().scale() > scale ? data.setScale(scale, RoundingMode.HALF_UP) : data;
        if (comparable.compareTo(stated) != 0) {
            out.add(new Difference(Kind.DATA, subject, stated, data, stated.subtract(data),
                    subject + "：报告写 " + plain(stated) + "，数据为 " + plain(data) + "（" + source + "），相差 "
                            + plain(stated.subtract(data).abs()) + "。"));
        }
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
