package org.jixiao.checks.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jixiao.checks.domain.CheckFixtures;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.Location;
import org.jixiao.checks.domain.RuleId;
import org.jixiao.checks.domain.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CostMismatchRuleTests {

    private final CostMismatchRule rule = new CostMismatchRule(RuleTestSupport.CONFIG);

    /** A table with a cost row and, when given, a quantity row. */
    private static CheckedTable table(String budget, String costName, String cost, String quantity) {
        CheckFixtures f = CheckFixtures.project("测试项目").budget(budget).plan(12, 100);
        if (quantity != null) {
            f.row("产出指标", "数量指标", "人员数量", "发放人员数量", quantity, "三定方案");
        }
        return f.row("产出指标", "成本指标", costName, "预计所需成本", cost, "测算表").build();
    }

    @ParameterizedTest(name = "{2} × {3} vs {0}")
    @CsvSource(delimiter = '|', value = {
            "300.00|所需成本|280万元||不一致",
            "300.00|所需成本|=280万元||不一致",
            "300.00|所需成本|310万元||高出",
            "50.00|所需成本|5000元||不一致",
            "300.00|所需成本|≤250万元||低于预算数",
            "200.00|所需成本|≤300万元||高于预算数",
            "17.13|所需成本|3万元/人|6人|高出",
            "15.00|所需成本|2万元/人|5人|少了",
            "15.00|所需成本|≤4万元/人|5人|高出",
    })
    void flags(String budget, String name, String cost, String quantity, String says) {
        CheckedTable table = table(budget, name, cost, quantity);
        int costRow = quantity == null ? 0 : 1;

        assertThat(RuleTestSupport.run(rule, table)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.COST_MISMATCH);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).isEqualTo(Location.row("P0000000001", costRow, "value"));
            assertThat(f.message()).contains(name).contains(cost).contains(says);
        });
    }

    @ParameterizedTest(name = "{2} × {3} vs {0}")
    @CsvSource(delimiter = '|', value = {
            "73.20|所需成本|73.2万元|",
            "73.20|所需成本|73.20万元|",
            "73.20|所需成本|73万元|",
            "73.20|所需成本|732000元|",
            "20.00|所需成本|≤20万元|",
            "300.00|发放金额数量|≤300万元|",
            "300.00|所需成本|≤297万元|",
            "50.00|所需成本|≥20万元|",
            "17.13|所需成本|2.86万元/人|6人",
            "15.00|所需成本|3万元/人|5人",
            "15.00|所需成本|≤3万元/人|5人",
            "17.13|所需成本|2.86万元/人|",
            "17.13|所需成本|2.86万元/人|≥6人",
            "17.13|所需成本|2.86万元/户|6人",
            "17.13|所需成本|286元/人/月|6人",
            "50.00|单台设备购置成本|≤5万元|",
            "50.00|人均补助标准|2000元|",
            "50.00|所需成本|20人|",
            "50.00|所需成本|促进发展|",
    })
    void doesNotFlag(String budget, String name, String cost, String quantity) {
        assertThat(RuleTestSupport.run(rule, table(budget, name, cost, quantity))).isEmpty();
    }

    @Test
    void aUnitCostWithTwoQuantitiesInItsUnitIsNotPaired() {
        CheckedTable table = CheckFixtures.project("补贴").budget("17.13").plan(12, 100)
                .row("产出指标", "数量指标", "在编人数", "在编人员", "6人", "三定方案")
                .row("产出指标", "数量指标", "协管员人数", "协管员", "10人", "三定方案")
                .row("产出指标", "成本指标", "所需成本", "平均每人所需成本", "2.86万元/人", "测算表").build();

        assertThat(RuleTestSupport.run(rule, table)).isEmpty();
    }

    @Test
    void partsOfTheCostAreOnlyFlaggedWhenOneExceedsTheBudget() {
        CheckedTable parts = CheckFixtures.project("设备").budget("100.00").plan(12, 100)
                .row("产出指标", "成本指标", "设备购置成本", "购置", "≤60万元", "合同")
                .row("产出指标", "成本指标", "安装成本", "安装", "≤10万元", "合同").build();
        CheckedTable tooMuch = CheckFixtures.project("设备").budget("100.00").plan(12, 100)
                .row("产出指标", "成本指标", "设备购置成本", "购置", "≤120万元", "合同")
                .row("产出指标", "成本指标", "安装成本", "安装", "≤10万元", "合同").build();

        assertThat(RuleTestSupport.run(rule, parts)).isEmpty();
        assertThat(RuleTestSupport.run(rule, tooMuch)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("设备购置成本").contains("超过项目预算数100.00万元"));
    }

    @Test
    void aYearlyUnitCostCountsPerPerson() {
        CheckedTable table = table("24.96", "人均补贴标准", "1500元/人·年", "208人");

        assertThat(RuleTestSupport.run(rule, table)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("得31.20万元").contains("高出6.24万元"));
        assertThat(RuleTestSupport.run(rule, table("31.20", "人均补贴标准", "1500元/人·年", "208人"))).isEmpty();
    }

    @Test
    void aMonthlyOrDailyUnitCostIsNotMultipliedOut() {
        assertThat(RuleTestSupport.run(rule, table("172.80", "人均月补助", "800元/人·月", "180人"))).isEmpty();
        assertThat(RuleTestSupport.run(rule, table("1.00", "人均月补助", "800元/人/月", "180人"))).isEmpty();
        assertThat(RuleTestSupport.run(rule, table("1.00", "生均补助", "5元/人·天", "180人"))).isEmpty();
    }

    @Test
    void anExactUnitCostTimesAFloorIsTheLeastTheProjectCosts() {
        CheckedTable over = CheckFixtures.project("孕前检查").budget("64.00").plan(12, 100)
                .row("产出指标", "数量指标", "检查对数", "计划怀孕夫妇", "≥1000对", "任务")
                .row("产出指标", "成本指标", "每对检查成本", "每对夫妇检查费用", "800元/对", "标准").build();
        CheckedTable under = CheckFixtures.project("孕前检查").budget("100.00").plan(12, 100)
                .row("产出指标", "数量指标", "检查对数", "计划怀孕夫妇", "≥1000对", "任务")
                .row("产出指标", "成本指标", "每对检查成本", "每对夫妇检查费用", "800元/对", "标准").build();
        CheckedTable capped = CheckFixtures.project("宣传").budget("12.00").plan(12, 100)
                .row("产出指标", "数量指标", "讲座场次", "讲座", "≥120场", "计划")
                .row("产出指标", "成本指标", "单场讲座成本", "每场", "≤600元/场", "标准").build();

        assertThat(RuleTestSupport.run(rule, over)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("至少需要80.00万元").contains("预算数64.00万元"));
        assertThat(RuleTestSupport.run(rule, under)).isEmpty();
        assertThat(RuleTestSupport.run(rule, capped)).isEmpty();
    }

    @Test
    void quantitiesInTenThousandsPairWithTheirUnit() {
        CheckedTable lamps = CheckFixtures.project("路灯").budget("95.00").plan(12, 100)
                .row("产出指标", "数量指标", "维护路灯盏数", "路灯", "1.2万盏", "台账")
                .row("产出指标", "成本指标", "每盏年维护成本", "每盏", "79元/盏", "测算").build();
        CheckedTable cleaning = CheckFixtures.project("保洁").budget("2145.00").plan(12, 100)
                .row("产出指标", "数量指标", "保洁面积", "保洁", "286万平方米", "台账")
                .row("产出指标", "成本指标", "每平方米保洁单价", "单价", "7.5元/平方米", "合同").build();
        CheckedTable wrong = CheckFixtures.project("保洁").budget("1800.00").plan(12, 100)
                .row("产出指标", "数量指标", "保洁面积", "保洁", "286万平方米", "台账")
                .row("产出指标", "成本指标", "每平方米保洁单价", "单价", "7.5元/平方米", "合同").build();

        assertThat(RuleTestSupport.run(rule, lamps)).isEmpty();
        assertThat(RuleTestSupport.run(rule, cleaning)).isEmpty();
        assertThat(RuleTestSupport.run(rule, wrong)).hasSize(1);
    }

    @Test
    void partsThatTogetherExceedTheBudgetAreFlaggedOnTheLastPart() {
        CheckedTable over = CheckFixtures.project("平台运维").budget("68.00").plan(12, 100)
                .row("产出指标", "数量指标", "信息采集员人数", "采集员", "≥40人", "合同")
                .row("产出指标", "成本指标", "信息采集服务费", "人均年服务费", "1.2万元/人", "合同")
                .row("产出指标", "成本指标", "平台运维费", "运维合同金额", "≤30万元", "合同").build();
        CheckedTable fits = CheckFixtures.project("防疫").budget("95.00").plan(12, 100)
                .row("产出指标", "数量指标", "村级防疫员人数", "防疫员", "156人", "名册")
                .row("产出指标", "成本指标", "防疫员劳务补助", "补助", "0.3万元/人", "标准")
                .row("产出指标", "成本指标", "免疫耗材成本", "耗材", "≤48.2万元", "测算").build();
        CheckedTable withTotal = CheckFixtures.project("森林防火").budget("60.00").plan(12, 100)
                .row("产出指标", "数量指标", "风力灭火机", "采购", "40台", "计划")
                .row("产出指标", "成本指标", "风力灭火机采购单价", "单价", "≤0.45万元/台", "询价")
                .row("产出指标", "成本指标", "项目总成本", "总成本", "≤60万元", "预算")
                .row("产出指标", "成本指标", "培训成本", "培训", "≤10万元", "预算").build();

        assertThat(RuleTestSupport.run(rule, over)).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(Location.row("P0000000001", 2, "value"));
            assertThat(f.message()).contains("合计").contains("78.00万元").contains("预算数68.00万元");
        });
        assertThat(RuleTestSupport.run(rule, fits)).isEmpty();
        assertThat(RuleTestSupport.run(rule, withTotal)).isEmpty();
    }

    @Test
    void theTwentyTwentyOneLayoutCountsToo() {
        CheckedTable table = CheckFixtures.project("测试").budget("300.00").plan(12, 100)
                .row("成本指标", "经济成本指标", "项目总成本", "项目总成本", "280万元", "测算").build();

        assertThat(RuleTestSupport.run(rule, table)).hasSize(1);
    }

    @Test
    void withoutBudgetOrForADepartmentThereIsNothingToCompare() {
        CheckedTable noBudget = CheckFixtures.project("测试").plan(12, 100)
                .row("产出指标", "成本指标", "所需成本", "所需成本", "280万元", "测算").build();
        CheckedTable department = CheckFixtures.department()
                .row("产出指标", "成本指标", "所需成本", "所需成本", "280万元", "测算").build();

        assertThat(RuleTestSupport.run(rule, noBudget)).isEmpty();
        assertThat(RuleTestSupport.run(rule, department)).isEmpty();
    }

    @Test
    void messagesGiveTheAmounts() {
        List<Finding> findings = RuleTestSupport.run(rule, table("17.13", "所需成本", "3万元/人", "6人"));

        assertThat(findings.get(0).message())
                .isEqualTo("成本指标“所需成本”“3万元/人”乘以数量指标“人员数量”“6人”得18.00万元，与预算数17.13万元不一致（高出0.87万元）。");
        assertThat(RuleTestSupport.run(rule, table("300.00", "所需成本", "280万元", null)).get(0).message())
                .isEqualTo("成本指标“所需成本”“280万元”，与预算数300.00万元不一致（少了20.00万元）。");
    }
}
