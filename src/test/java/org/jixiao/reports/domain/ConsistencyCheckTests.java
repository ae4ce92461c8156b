package org.jixiao.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jixiao.shared.ValidationException;
import org.junit.jupiter.api.Test;

/** The consistency check with seed 004's figures (昆明市应急管理局 2020: total 98.8, parts 35 + 20 + 44.1). */
class ConsistencyCheckTests {

    private static final String SEED_004_PARTS = """
            部门决策 35
            部门管理 20
            部门绩效 44.1
            部门决策/部门目标 12
            部门决策/部门职能 10
            部门决策/资源配置 13
            部门管理/预算管理 7
            部门管理/财务管理 6
            部门管理/人力资源管理 2
            部门管理/资产管理 2
            部门管理/业务管理 3
            部门绩效/部门产出 26.7
            部门绩效/部门效果 12
            部门绩效/部门可持续发展 5.4分
            """;

    private static ConsistencyCheck.Data noData() {
        return new ConsistencyCheck.Data(Optional.empty(), Map.of(), Optional.empty(), ReportBasics.empty(), Map.of(), Set.of());
    }

    @Test
    void seed004sStatedTotalDoesNotAddUp() {
        StatedFigures stated = StatedFigures.parse("98.8", SEED_004_PARTS, null, Map.of(), null);
        List<ConsistencyCheck.Difference> found = ConsistencyCheck.check(stated, noData());
        List<ConsistencyCheck.Difference> arithmetic = found.stream()
                .filter(d -> d.kind() == ConsistencyCheck.Kind.ARITHMETIC).toList();
        // only the total is wrong: every 一级 equals the sum of its 二级
        assertThat(arithmetic).hasSize(1);
        ConsistencyCheck.Difference total = arithmetic.get(0);
        assertThat(total.subject()).isEqualTo("总分");
        assertThat(total.stated()).isEqualByComparingTo("98.8");
        assertThat(total.expected()).isEqualByComparingTo("99.1");
        assertThat(total.difference()).isEqualByComparingTo("-0.3");
        assertThat(total.message()).contains("35 + 20 + 44.1 = 99.1", "相差 0.3");
        // and it says plainly that there is no department self-evaluation to compare with
        assertThat(found).anyMatch(d -> d.kind() == ConsistencyCheck.Kind.NOT_IN_DATA && d.message().contains("尚未录入部门整体自评"));
    }

    @Test
    void aWrongPartIsCaughtAgainstItsChildrenAndAgainstTheData() {
        StatedFigures stated = StatedFigures.parse("99.1", "部门决策 35\n部门管理 20\n部门绩效 44.1\n部门决策/部门目标 12\n部门决策/部门职能 10\n部门决策/资源配置 12",
                "98", Map.of("expenseTotal", "49,208,800.00元"), "高危执勤补贴经费 96.5\n不存在的项目 90");
        ReportBasics basics = ReportBasicsParser.parse(Map.of("expenseTotal", "49208800", "budgetAdjusted", "49131700"), 1);
        ConsistencyCheck.Data data = new ConsistencyCheck.Data(Optional.of(new BigDecimal("99.10")),
                Map.of("部门决策", new BigDecimal("35.00")), basics.executionRatePercent(), basics,
                Map.of("高危执勤补贴经费", new BigDecimal("96.40")), Set.of("高危执勤补贴经费"));
        List<ConsistencyCheck.Difference> found = ConsistencyCheck.check(stated, data);
        assertThat(found).extracting(ConsistencyCheck.Difference::subject)
                .contains("“部门决策”得分", "预算执行率（%）", "项目“高危执勤补贴经费”自评得分", "项目“不存在的项目”自评得分");
        assertThat(found).noneMatch(d -> d.subject().equals("总分"));
        // 12 + 10 + 12 = 34, not the 35 stated for 部门决策
        assertThat(found).anyMatch(d -> d.kind() == ConsistencyCheck.Kind.ARITHMETIC && d.message().contains("12 + 10 + 12 = 34"));
        // 49208800 / 49131700 = 100.1569… %; “98” is compared with the data rounded to whole per cent (100)
        ConsistencyCheck.Difference rate = found.stream().filter(d -> d.subject().startsWith("预算执行率")).findFirst().orElseThrow();
        assertThat(rate.expected()).isEqualByComparingTo("100.16");
        // the money figure typed with separators and 元 equals the data: no difference
        assertThat(found).noneMatch(d -> d.subject().startsWith("支出合计"));
        assertThat(found.stream().filter(d -> d.subject().contains("不存在的项目")).findFirst().orElseThrow().message())
                .contains("没有名为");
    }

    @Test
    void figuresThatAreNotNumbersAreRefusedAllAtOnce() {
        assertThatThrownBy(() -> StatedFigures.parse("九十八", "部门决策 三十五\n只有名称\n不存在/子项 3", "百分百",
                Map.of("incomeTotal", "很多"), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.code())
                        .containsExactly("reports.score.notNumber", "reports.score.notNumber", "reports.part.nameMissing",
                                "reports.part.parentUnknown", "reports.percent.notNumber", "reports.money.notNumber"));
        assertThatThrownBy(() -> StatedFigures.parse("100.5", null, null, Map.of(), null))
                .isInstanceOf(ValidationException.class);
    }
}
