package org.jixiao.checks.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.checks.domain.CheckFixtures;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.Location;
import org.jixiao.checks.domain.RuleId;
import org.jixiao.checks.domain.Severity;
import org.junit.jupiter.api.Test;

class SpendingPlanInvalidRuleTests {

    private final SpendingPlanInvalidRule rule = new SpendingPlanInvalidRule(RuleTestSupport.CONFIG);

    private static CheckedTable planned(int... plan) {
        return CheckFixtures.project("测试项目").budget("50.00").plan(plan)
                .row("产出指标", "数量指标", "人员数量", "发放人员数量", "99人", "三定方案").build();
    }

    @Test
    void validPlansHaveNoFinding() {
        assertThat(RuleTestSupport.run(rule, planned(3, 30, 6, 60, 10, 80, 12, 100))).isEmpty();
        assertThat(RuleTestSupport.run(rule, planned(3, 40, 6, 70, 10, 90, 12, 100))).isEmpty();
        assertThat(RuleTestSupport.run(rule, planned(3, 30, 6, 60, 10, 100))).isEmpty();
        assertThat(RuleTestSupport.run(rule, planned(3, 0, 6, 0, 12, 100))).isEmpty();
        assertThat(RuleTestSupport.run(rule, planned(12, 100))).isEmpty();
        assertThat(RuleTestSupport.run(rule, CheckFixtures.department().build())).isEmpty();
    }

    @Test
    void aDecreasingPlanIsAnError() {
        assertThat(RuleTestSupport.run(rule, planned(3, 30, 6, 60, 10, 50, 12, 100))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.SPENDING_PLAN_INVALID);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location()).isEqualTo(Location.table("P0000000001", "spendingPlan"));
            assertThat(f.message()).isEqualTo("资金支出计划是累计进度，6月底60%之后10月底却为50%，出现下降。");
        });
    }

    @Test
    void aPlanEndingBelowHundredPercentIsAWarning() {
        assertThat(RuleTestSupport.run(rule, planned(3, 30, 6, 60, 10, 80))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("资金支出计划到10月底累计只有80%，年底前未达到100%。");
        });
        assertThat(RuleTestSupport.run(rule, planned(3, 30, 6, 60, 10, 80, 12, 90))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("12月底累计只有90%"));
    }

    @Test
    void bothFaultsAreReported() {
        assertThat(RuleTestSupport.run(rule, planned(3, 50, 6, 40, 12, 90))).extracting(Finding::severity)
                .containsExactly(Severity.ERROR, Severity.WARNING);
    }

    @Test
    void anEmptyPlanIsANote() {
        assertThat(RuleTestSupport.run(rule, planned())).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).isEqualTo("未填写资金支出计划。");
        });
    }
}
