package org.jixiao.indicators.domain;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.jixiao.indicators.domain.Direction.HIGHER_IS_BETTER;
import static org.jixiao.indicators.domain.Direction.LOWER_IS_BETTER;
import static org.jixiao.indicators.domain.Direction.TARGET;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class DirectionTests {

    static Stream<Arguments> derived() {
        return Stream.of(
                // the comparator decides (rules.md §2.4)
                arguments("满意度", "≥90%", HIGHER_IS_BETTER),
                arguments("故障时间", "≤20小时", LOWER_IS_BETTER),
                arguments("所需成本", "≤20万元", LOWER_IS_BETTER),
                arguments("工作完成率", "≥95%", HIGHER_IS_BETTER),
                arguments("人员数量", ">5人", HIGHER_IS_BETTER),
                arguments("差错次数", "<3次", LOWER_IS_BETTER),
                arguments("人员数量", "=99人", TARGET),
                arguments("满意度", "不低于90%", HIGHER_IS_BETTER),
                arguments("所需成本", "20万元以内", LOWER_IS_BETTER),
                // seed 001, project 6: the comparator wins over the name; the conflict is a check's finding
                arguments("发放成功率", "≤95%", LOWER_IS_BETTER),
                // no comparator: the name decides
                arguments("发放成功率", "100%", HIGHER_IS_BETTER),
                arguments("所需成本", "73.2万元", LOWER_IS_BETTER),
                arguments("发放及时率", "每月25号", HIGHER_IS_BETTER),
                arguments("经济效益", "促进地方经济发展，提高人民生活水平", TARGET),
                arguments("人员数量", "99人", TARGET),
                arguments("施工时间", "12月底前", TARGET),
                arguments("事故发生率", "0", LOWER_IS_BETTER),
                arguments("", "", TARGET),
                arguments(null, null, TARGET));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("derived")
    void derivesTheDirection(String name, String value, Direction expected) {
        assertThat(Direction.derive(name, IndicatorValue.parse(value))).isEqualTo(expected);
    }

    @Test
    void comparatorAndNameCanBeComparedForTheComparatorDirectionCheck() {
        IndicatorValue value = IndicatorValue.parse("≤95%");
        Comparator comparator = ((Quantitative) value).comparator();

        assertThat(Direction.fromComparator(comparator)).contains(LOWER_IS_BETTER);
        assertThat(Direction.fromName("发放成功率")).contains(HIGHER_IS_BETTER);
    }

    @Test
    void readsEveryComparator() {
        assertThat(Direction.fromComparator(Comparator.GE)).contains(HIGHER_IS_BETTER);
        assertThat(Direction.fromComparator(Comparator.GT)).contains(HIGHER_IS_BETTER);
        assertThat(Direction.fromComparator(Comparator.LE)).contains(LOWER_IS_BETTER);
        assertThat(Direction.fromComparator(Comparator.LT)).contains(LOWER_IS_BETTER);
        assertThat(Direction.fromComparator(Comparator.EQ)).contains(TARGET);
        assertThat(Direction.fromComparator(Comparator.NONE)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"发放成功率", "服务对象满意度", "群众满意度", "工作完成率", "合格率", "覆盖率", "发放及时率",
            "达标率", "经费到位完成率", "资金到位率", "投诉处理满意度", "故障修复及时率", "合格\n率"})
    void namesThatGoUp(String name) {
        assertThat(Direction.fromName(name)).contains(HIGHER_IS_BETTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"故障时间", "平均故障修复时间", "事故发生率", "安全事故", "有效投诉", "所需成本", "培训费用",
            "经济损失", "产品不合格率", "满意度调查投诉率"})
    void namesThatGoDown(String name) {
        assertThat(Direction.fromName(name)).contains(LOWER_IS_BETTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"人员数量", "施工时间", "经济效益", "社会效益", "新站设备数量", ""})
    void namesWithoutKeywordSayNothing(String name) {
        assertThat(Direction.fromName(name)).isEmpty();
    }

    @Test
    void nullNameSaysNothing() {
        assertThat(Direction.fromName(null)).isEmpty();
    }

    @Test
    void theHeadOfACompoundNameDecides() {
        // 投诉 (down) occurs first, 满意度 (up) is the head
        assertThat(Direction.fromName("投诉处理满意度")).contains(HIGHER_IS_BETTER);
        // 不合格率 and 合格率 end together; the longer keyword wins
        assertThat(Direction.fromName("不合格率")).contains(LOWER_IS_BETTER);
        assertThat(Direction.fromName("合格率")).contains(HIGHER_IS_BETTER);
    }

    @Test
    void keywordsAreDataThatCanBeReplaced() {
        DirectionRules rules = new DirectionRules(List.of("利用率"), List.of("结转结余率", "控制率"));

        assertThat(Direction.fromName("固定资产利用率", rules)).contains(HIGHER_IS_BETTER);
        assertThat(Direction.fromName("公用经费控制率", rules)).contains(LOWER_IS_BETTER);
        assertThat(Direction.fromName("满意度", rules)).isEmpty();
        assertThat(Direction.derive("公用经费控制率", IndicatorValue.parse("-37.6%"), rules)).isEqualTo(LOWER_IS_BETTER);
        assertThat(Direction.derive("公用经费控制率", IndicatorValue.parse("≥0%"), rules)).isEqualTo(HIGHER_IS_BETTER);
    }

    @Test
    void defaultRulesHoldTheKeywordsOfTheBrief() {
        assertThat(DirectionRules.defaults().higherIsBetter())
                .contains("成功率", "满意度", "完成率", "合格率", "覆盖率", "及时率", "达标率", "到位率");
        assertThat(DirectionRules.defaults().lowerIsBetter())
                .contains("故障时间", "修复时间", "发生率", "事故", "投诉", "成本", "费用", "损失");
    }

    @Test
    void rulesRefuseBlankAndDoubleKeywords() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DirectionRules(List.of(" "), List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new DirectionRules(List.of("成本"), List.of("成本")));
    }

    @Test
    void rulesAreImmutable() {
        List<String> up = new java.util.ArrayList<>(List.of("满意度"));
        DirectionRules rules = new DirectionRules(up, List.of());
        up.add("成本");

        assertThat(rules.higherIsBetter()).containsExactly("满意度");
    }
}
