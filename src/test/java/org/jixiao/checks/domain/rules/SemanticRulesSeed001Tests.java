package org.jixiao.checks.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.checks.domain.rules.SemanticRuleTesting.CONFIG;
import static org.jixiao.checks.domain.rules.SemanticRuleTesting.SEGMENTER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jixiao.checks.domain.CheckEngine;
import org.jixiao.checks.domain.CheckFixtures;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.RuleId;
import org.jixiao.indicators.domain.Qualitative;
import org.junit.jupiter.api.Test;

/** The semantic rules on the real goal-table book of seed 001 (a county fire brigade): what they must find. */
class SemanticRulesSeed001Tests {

    private static final String SUBSIDY = "高危执勤补贴经费";
    private static final String GUANTING = "官亭消防站建设、运转经费";
    private static final String REFORM = "冀财建2023年247号提前下达2024年消防救援队伍改革性补贴";
    private static final String EQUIPMENT = "冀财建2023年248号提前下达2024年困难地区消防装备购置费";
    private static final String RUNNING = "消防经费（经常性维持经费，伙食、被装费等）";
    private static final String BONUS = "消防人员年度考核奖资金";
    private static final String AUXILIARY = "消防协管员工资及保险";
    private static final String HYDRANTS = "消火栓建设及维护经费";
    private static final String NEW_STATION = "新建消防站建设启动资金";

    private static final List<CheckedTable> TABLES = CheckFixtures.seed001();
    private static final Map<CheckedTable, List<Finding>> FINDINGS = new CheckEngine(CONFIG,
            SemanticRules.tableRules(CONFIG), SemanticRules.unitRules(CONFIG), SEGMENTER).checkUnit(TABLES);

    private static CheckedTable table(String name) {
        return TABLES.stream().filter(t -> t.project() != null && t.project().name().equals(name)).findFirst()
                .orElseThrow();
    }

    private static List<String> at(String project) {
        return FINDINGS.get(table(project)).stream().map(f -> f.rule() + " " + f.location().path()).toList();
    }

    @Test
    void flagsTheEconomicSloganOfFourProjects() {
        for (String project : List.of(SUBSIDY, REFORM, BONUS, AUXILIARY)) {
            assertThat(at(project)).as(project).contains("NOT_QUANTIFIED indicators[5].value",
                    "VALUE_COPIES_DESC indicators[5].value", "BOILERPLATE indicators[5].value");
        }
    }

    @Test
    void flagsBenefitValuesThatRepeatTheirDescription() {
        for (String project : List.of(GUANTING, EQUIPMENT, HYDRANTS)) {
            assertThat(at(project)).as(project).contains("VALUE_COPIES_DESC indicators[4].value",
                    "VALUE_COPIES_DESC indicators[5].value", "NOT_QUANTIFIED indicators[4].value",
                    "NOT_QUANTIFIED indicators[5].value");
        }
    }

    @Test
    void flagsTheSustainableImpactFiledAsEconomicBenefit() {
        assertThat(at(GUANTING)).contains("MISCLASSIFIED indicators[5].level2");
        assertThat(at(EQUIPMENT)).noneMatch(f -> f.startsWith("MISCLASSIFIED"));
        assertThat(at(HYDRANTS)).noneMatch(f -> f.startsWith("MISCLASSIFIED"));
    }

    @Test
    void flagsEachRepeatedSloganWithTheNumberOfProjectsSharingIt() {
        List<Finding> boilerplate = new ArrayList<>();
        FINDINGS.values().forEach(list -> list.stream().filter(f -> f.rule() == RuleId.BOILERPLATE)
                .forEach(boilerplate::add));

        assertThat(boilerplate).filteredOn(f -> f.message().contains("促进地方经济发展，提高人民生活水平"))
                .hasSize(4).allSatisfy(f -> assertThat(f.message()).contains("4个项目"));
        assertThat(boilerplate).filteredOn(f -> f.message().contains("提升城市形象、提升城市品位、为创城打下基础"))
                .hasSize(3).allSatisfy(f -> assertThat(f.message()).contains("3个项目"));
        assertThat(boilerplate).filteredOn(f -> f.message().contains("完善市政基础设施建设、改善人居生活环境"))
                .hasSize(2).allSatisfy(f -> assertThat(f.message()).contains("2个项目"));
        assertThat(boilerplate).hasSize(9);
    }

    @Test
    void neverCallsAMeasuredValueNotQuantified() {
        FINDINGS.forEach((table, findings) -> findings.stream()
                .filter(f -> f.rule() == RuleId.NOT_QUANTIFIED)
                .forEach(f -> assertThat(table.indicators().get(f.location().row()).value())
                        .isInstanceOf(Qualitative.class)));
        // 工作完成率 ≥95% (占工作总数量的比率) and 合格率 ≥95% are proper rates
        assertThat(at(SUBSIDY)).noneMatch(f -> f.contains("indicators[4]"));
        assertThat(at(GUANTING)).noneMatch(f -> f.contains("indicators[1]"));
    }

    @Test
    void flagsPercentagesWithoutACountableBase() {
        assertThat(at(RUNNING)).contains("PSEUDO_QUANTIFIED indicators[5].value")
                .doesNotContain("PSEUDO_QUANTIFIED indicators[4].value");
        assertThat(at(NEW_STATION)).contains("PSEUDO_QUANTIFIED indicators[4].value",
                "PSEUDO_QUANTIFIED indicators[5].value");
    }

    /** Every semantic finding on seed 001; each was judged a real defect (see the report of this rule set). */
    @Test
    void findsExactlyTheJudgedDefects() {
        assertThat(at(SUBSIDY)).containsExactlyInAnyOrder(
                "DESC_COPIES_NAME indicators[3].description",
                "NOT_QUANTIFIED indicators[5].value", "VALUE_COPIES_DESC indicators[5].value",
                "BOILERPLATE indicators[5].value");
        assertThat(at(GUANTING)).containsExactlyInAnyOrder(
                "GOAL_NOT_COVERED goals[1]",
                "DESC_COPIES_NAME indicators[3].description",
                "NOT_QUANTIFIED indicators[4].value", "VALUE_COPIES_DESC indicators[4].value",
                "BOILERPLATE indicators[4].value",
                "NOT_QUANTIFIED indicators[5].value", "VALUE_COPIES_DESC indicators[5].value",
                "MISCLASSIFIED indicators[5].level2", "BOILERPLATE indicators[5].value");
        assertThat(at(REFORM)).containsExactlyInAnyOrder(
                "NOT_QUANTIFIED indicators[5].value", "VALUE_COPIES_DESC indicators[5].value",
                "BOILERPLATE indicators[5].value");
        assertThat(at(EQUIPMENT)).containsExactlyInAnyOrder(
                "GOAL_NOT_COVERED goals[0]", "GOAL_NOT_COVERED goals[2]",
                "DESC_COPIES_NAME indicators[3].description",
                "NOT_QUANTIFIED indicators[4].value", "VALUE_COPIES_DESC indicators[4].value",
                "NOT_QUANTIFIED indicators[5].value", "VALUE_COPIES_DESC indicators[5].value",
                "BOILERPLATE indicators[5].value");
        assertThat(at(RUNNING)).containsExactlyInAnyOrder(
                "MISCLASSIFIED indicators[1].level2", "MISCLASSIFIED indicators[4].level2",
                "PSEUDO_QUANTIFIED indicators[5].value", "DESC_COPIES_NAME indicators[5].description");
        assertThat(at(BONUS)).containsExactlyInAnyOrder(
                "GOAL_NOT_COVERED goals[1]",
                "NOT_QUANTIFIED indicators[5].value", "VALUE_COPIES_DESC indicators[5].value",
                "BOILERPLATE indicators[5].value");
        assertThat(at(AUXILIARY)).containsExactlyInAnyOrder(
                "DESC_COPIES_NAME indicators[3].description",
                "NOT_QUANTIFIED indicators[5].value", "VALUE_COPIES_DESC indicators[5].value",
                "BOILERPLATE indicators[5].value");
        assertThat(at(HYDRANTS)).containsExactlyInAnyOrder(
                "GOAL_NOT_COVERED goals[1]",
                "DESC_COPIES_NAME indicators[3].description",
                "NOT_QUANTIFIED indicators[4].value", "VALUE_COPIES_DESC indicators[4].value",
                "BOILERPLATE indicators[4].value",
                "NOT_QUANTIFIED indicators[5].value", "VALUE_COPIES_DESC indicators[5].value",
                "BOILERPLATE indicators[5].value");
        assertThat(at(NEW_STATION)).containsExactlyInAnyOrder(
                "GOAL_NOT_COVERED goals[2]",
                "PSEUDO_QUANTIFIED indicators[4].value", "PSEUDO_QUANTIFIED indicators[5].value");
        CheckedTable department = TABLES.stream().filter(t -> t.project() == null).findFirst().orElseThrow();
        assertThat(FINDINGS.get(department)).isEmpty();
    }

    @Test
    void quotesTheOffendingTextInChinese() {
        Finding slogan = FINDINGS.get(table(SUBSIDY)).stream().filter(f -> f.rule() == RuleId.NOT_QUANTIFIED)
                .findFirst().orElseThrow();

        assertThat(slogan.message()).contains("“经济效益”", "“促进地方经济发展，提高人民生活水平”", "无法衡量");
        assertThat(slogan.suggestion()).contains("≥");
    }
}
