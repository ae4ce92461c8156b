package org.jixiao.checks.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.Location;
import org.jixiao.checks.domain.RuleId;
import org.jixiao.checks.domain.Severity;
import org.jixiao.indicators.domain.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComparatorDirectionRuleTests {

    private final ComparatorDirectionRule rule = new ComparatorDirectionRule(RuleTestSupport.CONFIG);

    @ParameterizedTest(name = "{1} {3}")
    @CsvSource(delimiter = '|', value = {
            // something good capped
            "质量|发放成功率|资金发放成功率|≤95%",
            "质量|验收合格率|验收合格数量占比|低于98%",
            "满意度|满意度|群众满意度|≤90%",
            "质量|资金拨付及时率|按时拨付|不高于95%",
            // no keyword, an effect that can only be good, capped high
            "可持续|建立新站持续发展情况|新站建立对周边以后持续发展情况|≤95%",
            "社会效益|公共服务水平提升情况|新站建立对公共服务水平提升情况|≤90%",
            // something bad given a floor
            "质量|故障修复时间|前端设备故障修复时间|≥4小时",
            "质量|租赁线路故障时间|线路故障累计时间|不低于20小时",
            "社会效益|火灾事故发生率|火灾事故发生率|≥1%",
            "社会效益|安全事故发生次数|全年安全事故次数|≥1起",
            "成本|所需成本|预计所需成本|≥20万元",
            // an output quantity capped
            "数量|施工数量|新建消防车库数量|≤4座",
            "数量|培训人数|参加培训人员数量|≤200人次",
            "可持续|村医离岗人数|村医离岗人数|≥5人",
    })
    void flags(String level, String name, String description, String value) {
        List<Finding> findings = RuleTestSupport.run(rule, RuleTestSupport.oneRow(level, name, description, value));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.COMPARATOR_DIRECTION);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).isEqualTo(Location.row("P0000000001", 0, "value"));
            assertThat(f.message()).contains(name).contains(value);
            assertThat(f.suggestion()).startsWith("改为");
        });
    }

    @ParameterizedTest(name = "{1} {3}")
    @CsvSource(delimiter = '|', value = {
            "成本|所需成本|预计所需成本|≤20万元",
            "满意度|满意度|群众满意度|≥90%",
            "质量|发放成功率|资金发放成功率|100%",
            "时效|发放及时率|发放人员经费|每月25号",
            "质量|故障修复时间|前端设备故障修复时间|≤4小时",
            "社会效益|火灾事故发生率|火灾事故发生率|≤1%",
            "质量|投诉办结率|投诉按期办结的比例|≥95%",
            "数量|投诉处理数量|全年处理投诉件数|≥50件",
            "经济成本|成本节约率|较预算节约的比例|≥5%",
            "成本|成本控制率|实际成本占预算比例|≤100%",
            "社会效益|人员经费占比|人员经费占总支出比例|≤70%",
            "经济效益|三公经费增长率|三公经费较上年增长|≤0%",
            "社会效益|城镇登记失业率|城镇登记失业率|≤4.5%",
            "可持续|火灾隐患复发情况|整改后隐患再次出现的比例|≤5%",
            "质量|不合格率|验收不合格数量占比|≤2%",
            "质量|返工率|返工工程量占比|≤3%",
            "数量|会议次数|会议次数控制在3次以内|≤3次",
            "数量|建设周期|项目建设周期|≤12个月",
            "数量|设备购置数量|购置消防装备数量|≥1辆",
            "数量|单台设备购置成本|每台设备|≤5万元",
            "数量|补助标准|每人每月补助|≤500元/人",
            "质量|合格率|合格数量占总施工数量的比率|≥95%",
            "社会效益|工作完成率|重点工作完成情况占工作总数量的比率|≥95%",
            "可持续|可持续效益|提升城市形象|提升城市形象、提升城市品位",
            "满意度|满意度调查次数|开展满意度调查的次数|≤2次",
            "社会效益|减少经济损失|挽回群众财产损失|≥100万元",
            "社会效益|整治安全隐患|整治隐患|≥100处",
            "社会效益|受理投诉|受理群众投诉|≥100件",
            "成本|预算执行率|预算执行|≤100%",
            "社会效益|事故处置演练次数|开展演练|≥2次",
            "数量|减少会议数量|全年会议|≤3次",
            "时效|补贴发放及时率|资金下达后发放到户的时间|≤30天",
            "社会效益|降低群众办事成本|办事成本降低|≤50%",
    })
    void doesNotFlag(String level, String name, String description, String value) {
        assertThat(RuleTestSupport.run(rule, RuleTestSupport.oneRow(level, name, description, value))).isEmpty();
    }

    @Test
    void readsNamesAsTheConfiguredDirectionRulesDo() {
        Keywords higher = Keywords.of(rule.directionRules().higherIsBetter());
        Keywords lower = Keywords.of(rule.directionRules().lowerIsBetter());
        List<String> names = new ArrayList<>(List.of("发放成功率", "投诉处理满意度", "满意度调查投诉率", "不合格率",
                "合格率", "成本节约率", "事故处理率", "故障修复时间", "修复率", "人员数量", "建立新站持续发展情况",
                "投 诉 率", "ＡＢＣ满意度", ""));
        for (String keyword : rule.directionRules().higherIsBetter()) {
            names.add("设备" + keyword);
            names.add(keyword + "情况");
        }
        for (String keyword : rule.directionRules().lowerIsBetter()) {
            names.add("设备" + keyword);
            names.add(keyword + "处理率");
        }
        for (String name : names) {
            String compact = RuleText.compact(name);
            Direction fast = ComparatorDirectionRule.pick(higher.lastMatch(compact), lower.lastMatch(compact));
            assertThat(fast).as(name).isEqualTo(Direction.fromName(name, rule.directionRules()).orElse(null));
        }
    }
}
