package org.jixiao.checks.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.checks.domain.CheckFixtures;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Location;
import org.jixiao.checks.domain.RuleId;
import org.jixiao.checks.domain.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetInconsistentRuleTests {

    private final BudgetInconsistentRule rule = new BudgetInconsistentRule(RuleTestSupport.CONFIG);

    private static CheckedTable funded(String budget, String fiscal, String other) {
        return CheckFixtures.project("测试项目").funding(budget, fiscal, other).plan(12, 100)
                .row("产出指标", "数量指标", "人员数量", "发放人员数量", "99人", "三定方案").build();
    }

    @ParameterizedTest(name = "{0} = {1} + {2}?")
    @CsvSource(delimiter = '|', value = {
            "100.00|80.00|10.00",
            "100.00|120.00|",
            "100.00||90.00",
            "73.20|73.21|",
            "73.20|73.19|0.00",
    })
    void flags(String budget, String fiscal, String other) {
        assertThat(RuleTestSupport.run(rule, funded(budget, fiscal, other))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.BUDGET_INCONSISTENT);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location()).isEqualTo(Location.table("P0000000001", "budgetWan"));
            assertThat(f.message()).contains("预算数" + budget + "万元");
        });
    }

    @ParameterizedTest(name = "{0} = {1} + {2}")
    @CsvSource(delimiter = '|', value = {
            "100.00|80.00|20.00",
            "73.20|73.20|",
            "73.2|73.20|",
            "100||100",
            "100.00|100.00|0",
            "100.00||",
            "|50.00|",
            "|50.00|10.00",
    })
    void doesNotFlag(String budget, String fiscal, String other) {
        assertThat(RuleTestSupport.run(rule, funded(budget, fiscal, other))).isEmpty();
    }

    @Test
    void departmentTablesHaveNoFunding() {
        assertThat(RuleTestSupport.run(rule, CheckFixtures.department().build())).isEmpty();
    }

    @Test
    void theMessageShowsTheSum() {
        assertThat(RuleTestSupport.run(rule, funded("100.00", "80.00", "10.00")).get(0).message())
                .isEqualTo("预算数100.00万元不等于财政资金80.00万元与其他资金10.00万元之和（90.00万元）。");
    }
}
