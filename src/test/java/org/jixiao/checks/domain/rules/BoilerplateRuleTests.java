package org.jixiao.checks.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.checks.domain.rules.SemanticRuleTesting.CONFIG;
import static org.jixiao.checks.domain.rules.SemanticRuleTesting.findings;

import java.util.List;

import org.jixiao.checks.domain.CheckFixtures;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.RuleId;
import org.junit.jupiter.api.Test;

class BoilerplateRuleTests {

    private final BoilerplateRule rule = new BoilerplateRule(CONFIG);

    /** An agricultural project of one unit, with its own output rows and the given benefit row and satisfaction row. */
    private static CheckedTable project(String code, String name, String benefitValue) {
        return CheckFixtures.project(name).code(code).budget("100.00").purpose(name + "。")
                .row("产出指标", "数量指标", "实施面积", name + "实施面积", "≥1000亩", "实施方案")
                .row("产出指标", "质量指标", "验收合格率", "验收合格面积占实施面积的比例", "≥95%", "验收报告")
                .row("产出指标", "质量指标", "工程验收", "竣工验收结论", "验收合格", "验收报告")
                .row("效益指标", "经济效益指标", "经济效益", "项目带动农民增收", benefitValue, "实施方案")
                .row("满意度指标", "服务对象满意度指标", "满意度", "受益农户满意度", "≥90%", "调查问卷")
                .build();
    }

    @Test
    void flagsEveryOccurrenceOfASloganSharedByProjects() {
        List<CheckedTable> unit = List.of(
                project("A1", "高标准农田建设", "有效促进农民增收，助力乡村振兴"),
                project("A2", "耕地地力保护补贴", "有效促进农民增收，助力乡村振兴。"),
                project("A3", "农作物病虫害统防统治", "有效促进农民增收，助力乡村振兴"),
                project("A4", "农机购置补贴", "农户购机成本降低≥10%"));

        List<Finding> findings = findings(rule, unit);

        assertThat(findings).extracting(f -> f.location().projectCode()).containsExactly("A1", "A2", "A3");
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.BOILERPLATE);
            assertThat(f.location().path()).isEqualTo("indicators[3].value");
            assertThat(f.message()).contains("有效促进农民增收，助力乡村振兴", "3个项目");
        });
        assertThat(findings.get(0).message()).contains("耕地地力保护补贴", "农作物病虫害统防统治")
                .doesNotContain("高标准农田建设");
    }

    @Test
    void flagsASloganSharedByTwoProjectsOfAnotherDomain() {
        List<CheckedTable> unit = List.of(
                CheckFixtures.project("基本公共卫生服务").code("W1").budget("200")
                        .row("效益指标", "社会效益指标", "居民健康水平", "辖区居民健康状况", "居民健康水平明显提高", "规划").build(),
                CheckFixtures.project("家庭医生签约服务").code("W2").budget("50")
                        .row("效益指标", "可持续影响指标", "健康水平", "居民健康", "居民健康水平明显提高", "规划").build());

        assertThat(findings(rule, unit)).hasSize(2).allSatisfy(f -> assertThat(f.message()).contains("2个项目"));
    }

    @Test
    void doesNotFlagStandardRowsThatLegitimatelyRepeat() {
        List<CheckedTable> unit = List.of(
                project("A1", "高标准农田建设", "项目区粮食亩均增产≥50公斤"),
                project("A2", "耕地地力保护补贴", "补贴农户户均增收≥200元"),
                project("A3", "农作物病虫害统防统治", "挽回粮食损失≥500吨"));

        assertThat(findings(rule, unit)).isEmpty();
    }

    @Test
    void doesNotFlagASloganUsedByOneProjectOnly() {
        CheckedTable twice = CheckFixtures.project("高标准农田建设").code("A1").budget("100")
                .row("效益指标", "经济效益指标", "经济效益", "带动农民增收", "有效促进农民增收", "方案")
                .row("效益指标", "社会效益指标", "社会效益", "带动农民增收", "有效促进农民增收", "方案").build();
        CheckedTable other = project("A2", "耕地地力保护补贴", "补贴农户户均增收≥200元");

        assertThat(findings(rule, List.of(twice, other))).isEmpty();
    }

    @Test
    void doesNotFlagRepeatedCheckableTexts() {
        List<CheckedTable> unit = List.of(
                CheckFixtures.project("安全生产执法").code("Y1").budget("30")
                        .row("效益指标", "社会效益指标", "安全生产形势", "全县安全生产形势", "无较大及以上生产安全事故", "规划").build(),
                CheckFixtures.project("应急演练").code("Y2").budget("10")
                        .row("效益指标", "社会效益指标", "安全生产形势", "全县安全生产形势", "无较大及以上生产安全事故", "规划").build());

        assertThat(findings(rule, unit)).isEmpty();
    }
}
