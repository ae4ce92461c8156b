package org.jixiao.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jixiao.scoring.domain.DepartmentScore;
import org.jixiao.scoring.domain.Explanation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** 自评得分偏低: aggregation of scored rows per 一级/二级 and the exact comparison with the threshold. */
class LowScoreGroupsTests {

    private static final BigDecimal RATE = new BigDecimal("0.85");

    /** A row: "一级/二级/name score/weight", score "-" for none, suffix " NA" for 不适用. */
    private static List<LowScoreGroups.Line> rows(String... specs) {
        List<LowScoreGroups.Line> lines = new ArrayList<>();
        int i = 0;
        for (String spec : specs) {
            boolean na = spec.endsWith(" NA");
            String[] parts = spec.replace(" NA", "").split(" ");
            String[] levels = parts[0].split("/");
            String[] figures = parts[1].split("/");
            lines.add(new LowScoreGroups.Line(i++, levels[0], levels[1], levels[2], "≥10个", "8个",
                    new BigDecimal(figures[1]),
                    "-".equals(figures[0]) ? Optional.empty() : Optional.of(new BigDecimal(figures[0])), na));
        }
        return lines;
    }

    /** The groups found, each as "label score/weight rate% [lost names]". */
    private static List<String> below(List<LowScoreGroups.Line> lines) {
        return LowScoreGroups.below(lines, RATE).stream().map(g -> g.label() + " " + g.score().toPlainString() + "/"
                + g.weight().toPlainString() + " " + g.ratePercent().toPlainString() + "% "
                + g.lost().stream().map(LowScoreGroups.Line::name).toList()).toList();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("all full: nothing", rows("产出/数量/a 10/10", "效益/社会效益/b 20/20"), List.of()),
                Arguments.of("exactly at the threshold is not below",
                        rows("产出/数量/a 8.5/10", "效益/社会效益/b 20/20"), List.of()),
                Arguments.of("just below the threshold is listed, 一级 then its 二级",
                        rows("产出/数量/a 8.49/10", "效益/社会效益/b 20/20"),
                        List.of("产出 8.49/10 84.90% [a]", "产出/数量 8.49/10 84.90% [a]")),
                Arguments.of("a low 二级 inside an 一级 that is fine overall",
                        rows("产出/数量/a 10/10", "产出/数量/b 10/10", "产出/质量/c 5/10", "产出/时效/d 10/10"),
                        List.of("产出/质量 5/10 50.00% [c]")),
                Arguments.of("the 一级 sum decides, not each 二级 alone",
                        rows("效益/社会效益/a 25/30", "效益/可持续影响/b 4/10"),
                        List.of("效益 29/40 72.50% [a, b]", "效益/社会效益 25/30 83.33% [a]",
                                "效益/可持续影响 4/10 40.00% [b]")),
                Arguments.of("a group above the threshold lists nothing though a row lost points",
                        rows("效益/社会效益/a 18/20", "效益/社会效益/b 20/20"), List.of()),
                Arguments.of("不适用 rows count for neither score nor 分值",
                        rows("满意度/服务对象满意度/a 9/10", "满意度/服务对象满意度/b 0/10 NA"), List.of()),
                Arguments.of("rows without a score are left out",
                        rows("产出/成本/a 10/10", "产出/成本/b -/10"), List.of()),
                Arguments.of("a group of only unscored or 不适用 rows is not listed",
                        rows("产出/成本/a -/10", "效益/经济效益/b 0/10 NA"), List.of()),
                Arguments.of("rate rounded once to two decimals",
                        rows("效益/社会效益/a 25/30"),
                        List.of("效益 25/30 83.33% [a]", "效益/社会效益 25/30 83.33% [a]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void groupsBelowTheThreshold(String name, List<LowScoreGroups.Line> lines, List<String> expected) {
        assertThat(below(lines)).isEqualTo(expected);
    }

    private static DepartmentScore.Node node(String name, String weight, String score, DepartmentScore.Node... children) {
        return new DepartmentScore.Node(name, name, new BigDecimal(weight),
                score == null ? Optional.empty() : Optional.of(new BigDecimal(score)),
                new Explanation(name, List.of(), "求和", List.of(), null, null, List.of()), List.of(children));
    }

    @Test
    void aDepartmentTreeIsReadPerRootAndChild() {
        List<DepartmentScore.Node> roots = List.of(
                node("投入", "20", "20", node("预算编制", "10", "10"), node("目标设置", "10", "10")),
                node("过程", "40", "33", node("资金管理", "20", "17", node("预算执行率", "10", "7"),
                        node("结转结余", "10", "10")), node("采购管理", "20", "16", node("政府采购", "20", "16"))),
                node("产出", "20", null, node("实际完成率", "20", null)),
                node("效益", "20", "17", node("社会效益", "20", "17")));
        List<String> found = LowScoreGroups.belowInTree(roots, RATE).stream().map(g -> g.label() + " "
                + g.score().toPlainString() + "/" + g.weight().toPlainString() + " " + g.ratePercent().toPlainString()
                + "% " + g.lost().stream().map(LowScoreGroups.Line::name).toList()).toList();
        // 过程 33/40 = 82.5% < 85%; 资金管理 17/20 = 85% is at the threshold (kept out); 采购管理 16/20 = 80%;
        // 产出 has no score; 效益 17/20 = 85% at the threshold
        assertThat(found).containsExactly("过程 33/40 82.50% [预算执行率, 政府采购]", "过程/采购管理 16/20 80.00% [政府采购]");
    }

    @Test
    void theThresholdIsTheCallersNotAConstant() {
        List<LowScoreGroups.Line> lines = rows("产出/数量/a 9/10");
        assertThat(LowScoreGroups.below(lines, new BigDecimal("0.85"))).isEmpty();
        assertThat(LowScoreGroups.below(lines, new BigDecimal("0.95"))).hasSize(2);
        assertThat(LowScoreGroups.below(lines, BigDecimal.ONE)).hasSize(2);
        assertThatThrownBy(() -> LowScoreGroups.below(lines, null)).isInstanceOf(NullPointerException.class);
    }
}
