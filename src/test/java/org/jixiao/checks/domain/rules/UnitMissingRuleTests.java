package org.jixiao.checks.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.checks.domain.Location;
import org.jixiao.checks.domain.RuleId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitMissingRuleTests {

    private final UnitMissingRule rule = new UnitMissingRule(RuleTestSupport.CONFIG);

    @ParameterizedTest(name = "{1} {3}")
    @CsvSource(delimiter = '|', value = {
            "数量|施工数量|新建消火栓数量|50|计量单位",
            "数量|设备购置|购置消防装备|≥1|计量单位",
            "成本|所需成本|预计所需成本|20|货币单位",
            "成本|所需成本|预计所需成本|≤20|货币单位",
            "质量|合格率|合格数量占比|≥95|%",
            "满意度|满意度|群众满意度|90|%",
            "时效|完成时间|项目完成所需天数|≤30|时间单位",
            "社会效益|带动就业人数|带动就业|50|计量单位",
            "成本|所需成本|预计所需成本|73.2万|货币单位",
            "数量|宣传资料发放|发放宣传资料|≥5万|计量单位",
            "社会效益|受益群众|受益群众|1.5万|计量单位",
            "数量|采购折叠床及棉被数量|采购数量|各600|计量单位",
            "数量|采购数量|采购|共 1,200|计量单位",
    })
    void flags(String level, String name, String description, String value, String needed) {
        assertThat(RuleTestSupport.run(rule, RuleTestSupport.oneRow(level, name, description, value)))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(RuleId.UNIT_MISSING);
                    assertThat(f.location()).isEqualTo(Location.row("P0000000001", 0, "value"));
                    assertThat(f.message()).contains(name).contains("“" + value + "”");
                    assertThat(f.suggestion()).contains(needed);
                });
    }

    @ParameterizedTest(name = "{1} {3}")
    @CsvSource(delimiter = '|', value = {
            "数量|人员数量|发放人员数量|99人",
            "质量|合格率|合格数量占比|100%",
            "时效|发放及时率|发放|每月25号",
            "时效|完成时间|完成时间|45292",
            "时效|完成时间|完成时间|44,561",
            "社会效益|空气质量指数|空气质量指数|≤50",
            "质量|设备完好系数|完好系数|≥0.95",
            "数量|安全事故数|安全事故|0",
            "经济效益|经济效益|促进地方经济发展|促进地方经济发展，提高人民生活水平",
            "社会效益|公共服务水平|提升|100",
            "满意度|满意度评分|满意度评分|≥90",
            "成本|所需成本|预计所需成本|≤20万元",
            "数量|宣传进小区数量（个）|宣传进小区|120",
            "数量|培训人次(人次)|培训|≥200",
            "成本|所需成本（万元）|所需成本|20",
            "数量|补贴农户数|享受补贴农户|6.8万户",
            "数量|维护路灯盏数|路灯|1.2万盏",
            "数量|设备配置|配置情况|各类设备配置到位",
            "数量|运维设备数量|设备|86台（套）",
    })
    void doesNotFlag(String level, String name, String description, String value) {
        assertThat(RuleTestSupport.run(rule, RuleTestSupport.oneRow(level, name, description, value))).isEmpty();
    }
}
