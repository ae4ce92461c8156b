package org.jixiao.checks.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.checks.domain.CheckFixtures;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.Location;
import org.jixiao.checks.domain.RuleId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MissingBasisRuleTests {

    private final MissingBasisRule rule = new MissingBasisRule(RuleTestSupport.CONFIG);

    /** Two rows: the first with a good basis, the second with {@code basis}. */
    private static CheckedTable secondRowBasis(String basis) {
        return CheckFixtures.project("测试项目").budget("50.00").plan(12, 100)
                .row("产出指标", "数量指标", "人员数量", "发放人员数量", "99人", "三定方案")
                .row("产出指标", "质量指标", "合格率", "合格数量占比", "≥95%", basis).build();
    }

    @ParameterizedTest(name = "“{0}”")
    @CsvSource(delimiter = '|', value = {"''", "无", "/", "—", "——", "-", "暂无", "略", "…", "。", "NULL", "表", "待定", "0"})
    void flags(String basis) {
        assertThat(RuleTestSupport.run(rule, secondRowBasis(basis))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.MISSING_BASIS);
            assertThat(f.location()).isEqualTo(Location.row("P0000000001", 1, "basis"));
            assertThat(f.message()).contains("合格率");
        });
    }

    @ParameterizedTest(name = "“{0}”")
    @CsvSource(delimiter = '|', value = {"三定方案", "冀财建[2023]247号", "调查问卷", "见附件", "同上", "历史数据",
            "验收报告", "《消防安全责任书》"})
    void doesNotFlag(String basis) {
        assertThat(RuleTestSupport.run(rule, secondRowBasis(basis))).isEmpty();
    }

    @Test
    void aTableWithoutAnyBasisGetsOneFinding() {
        CheckedTable table = CheckFixtures.project("测试项目").budget("50.00").plan(12, 100)
                .row("产出指标", "数量指标", "人员数量", "发放人员数量", "99人", null)
                .row("产出指标", "质量指标", "合格率", "合格数量占比", "≥95%", " ")
                .row("满意度指标", "服务对象满意度指标", "满意度", "满意度", "≥90%", null).build();

        assertThat(RuleTestSupport.run(rule, table)).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(Location.table("P0000000001", "indicators"));
            assertThat(f.message()).isEqualTo("全部3个指标都没有填写指标值确定依据。");
        });
    }

    @Test
    void eachMeaninglessBasisIsReportedOnItsRow() {
        CheckedTable table = CheckFixtures.project("测试项目").budget("50.00").plan(12, 100)
                .row("产出指标", "数量指标", "人员数量", "发放人员数量", "99人", "无")
                .row("产出指标", "质量指标", "合格率", "合格数量占比", "≥95%", "/").build();

        assertThat(RuleTestSupport.run(rule, table)).extracting(Finding::location)
                .containsExactly(Location.row("P0000000001", 0, "basis"), Location.row("P0000000001", 1, "basis"));
    }
}
