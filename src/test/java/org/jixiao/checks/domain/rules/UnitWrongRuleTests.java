package org.jixiao.checks.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.checks.domain.Location;
import org.jixiao.checks.domain.RuleId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitWrongRuleTests {

    private final UnitWrongRule rule = new UnitWrongRule(RuleTestSupport.CONFIG);

    @ParameterizedTest(name = "{1} {3}")
    @CsvSource(delimiter = '|', value = {
            "成本|所需成本|预计所需成本|5座",
            "成本|所需成本|预计所需成本|≤30天",
            "成本|所需成本|预计所需成本|100%",
            "经济成本|项目总成本|总成本|99人",
            "时效|发放及时率|按时发放|3天",
            "质量|合格率|合格数量占比|100人",
            "满意度|满意度|群众满意度|≥90人",
            "质量|资金到位率|资金到位情况|50万元",
            "经济效益|设备采购金额|采购金额|95%",
            "时效|完成时间|完成时间|20万元",
            "时效|发放及时率|发放人员经费|每月25号",
            "时效|发放及时率|年底前发放|12月前",
            "数量|养护绿地面积|养护的绿地面积|140万株",
            "数量|维修道路长度|维修长度|5座",
            "时效|平台故障恢复时间|故障至恢复的时间|≤4%",
    })
    void flags(String level, String name, String description, String value) {
        assertThat(RuleTestSupport.run(rule, RuleTestSupport.oneRow(level, name, description, value)))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(RuleId.UNIT_WRONG);
                    assertThat(f.location()).isEqualTo(Location.row("P0000000001", 0, "value"));
                    assertThat(f.message()).contains(name).contains(value);
                });
    }

    @ParameterizedTest(name = "{1} {3}")
    @CsvSource(delimiter = '|', value = {
            "成本|所需成本|预计所需成本|73.2万元",
            "成本|所需成本|平均每人所需成本|2.86万元/人",
            "成本|补助标准|每人每月|500元/人/月",
            "成本|发放金额数量|日常维持性经费|≤300万元",
            "经济成本|成本节约率|较预算节约|≥5%",
            "成本|成本控制|成本控制在预算内|≤100%",
            "社会成本|征地拆迁户数|拆迁户数|≤10户",
            "质量|合格率|合格数量占比|≥95%",
            "满意度|满意度|群众满意度|≥90分",
            "满意度|满意度|群众满意度|≥95%",
            "数量|人员数量|发放人员数量|99人",
            "质量|巡查频率|每月巡查次数|≥4次",
            "经济效益|收入增长率|较上年增长|2个百分点",
            "时效|完成时间|完成时间|≤30天",
            "数量|资金发放|资金发放人数|99人",
            "质量|工作效率|办件时长|≤3天",
            "时效|完成时间|项目完成时间|12月底前",
            "时效|施工时间|完成时间|每月25号",
            "数量|养护绿地面积|养护的绿地面积|140万平方米",
            "数量|新建校舍面积|新建教学楼|3200平米",
            "数量|造林面积|完成植树造林|≥500亩",
            "数量|统防统治作业面积|作业面积|≥30万亩次",
            "数量|维修道路长度|维修长度|5公里",
            "时效|平台故障恢复时间|故障至恢复的时间|≤4小时",
            "质量|按时完成率|按时完成|≥95%",
            "成本|所需成本|预计所需成本|73.2万",
            "满意度|满意度|星级评价|≥4.5星",
            "经济效益|资产周转率|周转次数|≥2次",
    })
    void doesNotFlag(String level, String name, String description, String value) {
        assertThat(RuleTestSupport.run(rule, RuleTestSupport.oneRow(level, name, description, value))).isEmpty();
    }
}
