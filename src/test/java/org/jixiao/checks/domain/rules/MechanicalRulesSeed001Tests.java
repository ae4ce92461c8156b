package org.jixiao.checks.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.checks.domain.CheckEngine;
import org.jixiao.checks.domain.CheckFixtures;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.RuleId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The mechanical rules on the ten tables of seed 001 (巨鹿县消防救援大队 2024), through the engine. */
class MechanicalRulesSeed001Tests {

    private static List<CheckedTable> tables;
    private static List<String> findings;

    @BeforeAll
    static void check() {
        tables = CheckFixtures.seed001();
        CheckEngine engine = new CheckEngine(RuleTestSupport.CONFIG, MechanicalRules.tableRules(RuleTestSupport.CONFIG),
                MechanicalRules.unitRules(RuleTestSupport.CONFIG), text -> List.of());
        findings = new ArrayList<>();
        engine.checkUnit(tables).forEach((table, list) -> list.forEach(f -> findings.add(describe(table, f))));
    }

    private static String describe(CheckedTable table, Finding f) {
        String project = table.project() == null ? "部门整体" : table.project().name();
        String indicator = f.location().row() == null ? "-" : table.indicators().get(f.location().row()).name();
        return project + " | " + indicator + " | " + f.rule() + " " + f.severity() + " " + f.location().path();
    }

    @Test
    void everyMechanicalFindingOnSeed001() {
        assertThat(findings).containsExactly(
                "部门整体 | - | MISSING_CATEGORY WARNING indicators",
                "高危执勤补贴经费 | 发放及时率 | UNIT_WRONG WARNING indicators[2].value",
                "官亭消防站建设、运转经费 | 施工时间 | DEADLINE_OUTSIDE_YEAR WARNING indicators[2].description",
                "消防人员年度考核奖资金 | 发放成功率 | COMPARATOR_DIRECTION WARNING indicators[1].value",
                "消防人员年度考核奖资金 | 发放及时率 | UNIT_WRONG WARNING indicators[2].value",
                "消防协管员工资及保险 | 发放及时率 | UNIT_WRONG WARNING indicators[2].value",
                "消火栓建设及维护经费 | 施工时间 | DEADLINE_OUTSIDE_YEAR WARNING indicators[2].description",
                "新建消防站建设启动资金 | 建立新站持续发展情况 | COMPARATOR_DIRECTION WARNING indicators[5].value");
    }

    @Test
    void comparatorDirectionOnTheTwoCappedGoods() {
        assertThat(findings).filteredOn(f -> f.contains("COMPARATOR_DIRECTION")).containsExactly(
                "消防人员年度考核奖资金 | 发放成功率 | COMPARATOR_DIRECTION WARNING indicators[1].value",
                "新建消防站建设启动资金 | 建立新站持续发展情况 | COMPARATOR_DIRECTION WARNING indicators[5].value");
    }

    @Test
    void deadlineOutsideYearOnThe2023DescriptionsOnly() {
        assertThat(findings).filteredOn(f -> f.contains("DEADLINE_OUTSIDE_YEAR")).containsExactly(
                "官亭消防站建设、运转经费 | 施工时间 | DEADLINE_OUTSIDE_YEAR WARNING indicators[2].description",
                "消火栓建设及维护经费 | 施工时间 | DEADLINE_OUTSIDE_YEAR WARNING indicators[2].description");
        assertThat(findings).noneMatch(f -> f.startsWith("冀财建2023年248号"));
    }

    @Test
    void costsMatchTheirBudgets() {
        assertThat(findings).noneMatch(f -> f.contains(RuleId.COST_MISMATCH.name()));
        // the three cases the rule must accept, checked one by one
        CostMismatchRule rule = new CostMismatchRule(RuleTestSupport.CONFIG);
        for (String name : List.of("高危执勤补贴经费", "冀财建2023年247号提前下达2024年消防救援队伍改革性补贴", "消防人员年度考核奖资金")) {
            CheckedTable table = tables.stream().filter(t -> t.project() != null && t.project().name().equals(name))
                    .findFirst().orElseThrow();
            assertThat(RuleTestSupport.run(rule, table)).as(name).isEmpty();
        }
    }

    @Test
    void spendingPlansAndFundingAreValid() {
        assertThat(findings).noneMatch(f -> f.contains(RuleId.SPENDING_PLAN_INVALID.name())
                || f.contains(RuleId.BUDGET_INCONSISTENT.name()));
    }

    @Test
    void everyProjectHasEveryCategoryOnlyTheDepartmentHasNoIndicatorRows() {
        // projects 5 and 9 list their categories in another order; the department states its indicators in prose
        assertThat(findings).filteredOn(f -> f.contains(RuleId.MISSING_CATEGORY.name()))
                .containsExactly("部门整体 | - | MISSING_CATEGORY WARNING indicators");
        assertThat(findings).noneMatch(f -> f.contains(RuleId.DUPLICATE_INDICATOR.name()));
    }
}
