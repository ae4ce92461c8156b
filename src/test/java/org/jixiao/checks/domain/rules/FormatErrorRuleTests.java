package org.jixiao.checks.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.checks.domain.Location;
import org.jixiao.checks.domain.RuleId;
import org.jixiao.checks.domain.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatErrorRuleTests {

    private final FormatErrorRule rule = new FormatErrorRule(RuleTestSupport.CONFIG);

    @ParameterizedTest(name = "{1} {3}")
    @CsvSource(delimiter = '|', value = {
            "时效|完成时间|项目完成时间|44,561|Excel日期",
            "时效|完成时间|项目完成时间|45292|Excel日期",
            "质量|验收时间|验收|45657|Excel日期",
            "质量|合格率|合格数量占比|≥**%|占位符",
            "质量|合格率|合格数量占比|XX%|占位符",
            "质量|合格率|合格数量占比|≥_%|占位符",
            "质量|合格率|合格数量占比|≥ x %|占位符",
            "时效|完成时间|项目完成时间|X月底前|占位符",
            "数量|培训次数|培训|完成**次培训|占位符",
            "数量|施工数量|施工|*|占位",
            "数量|施工数量|施工|—|占位",
            "数量|施工数量|施工|/|占位",
            "质量|合格率|合格数量占比|#VALUE!|Excel错误值",
            "质量|合格率|合格数量占比|#REF!|Excel错误值",
            "质量|合格率|合格数量占比|#N/A|Excel错误值",
            "质量|合格率|合格数量占比|≥%|缺少数值",
            "质量|合格率|合格数量占比|≥|缺少数值",
            "质量|合格率|合格数量占比|不低于%|缺少数值",
            "质量|合格率|合格数量占比|%|缺少数值",
            "可持续|工程设计使用年限|设计年限|≥##年|占位符",
            "时效|低保金发放时间|每月发放|每月__日前|占位符",
            "数量|培训次数|培训|完成XX次培训|占位符",
            "时效|采购入库时间|入库|待定|占位",
    })
    void flags(String level, String name, String description, String value, String says) {
        assertThat(RuleTestSupport.run(rule, RuleTestSupport.oneRow(level, name, description, value)))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(RuleId.FORMAT_ERROR);
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.location()).isEqualTo(Location.row("P0000000001", 0, "value"));
                    assertThat(f.message()).contains(name).contains(value.strip()).contains(says);
                });
    }

    @ParameterizedTest(name = "{1} {3}")
    @CsvSource(delimiter = '|', value = {
            "质量|合格率|合格数量占比|≥95%",
            "时效|完成时间|项目完成时间|12月底前",
            "时效|完成时间|项目完成时间|2024",
            "时效|完成时间|项目完成时间|≥45292",
            "数量|服务人次|全年服务人次|45292",
            "数量|服务人次|全年服务人次|45292人次",
            "经济效益|经济效益|促进地方经济发展|促进地方经济发展，提高人民生活水平",
            "数量|设备配置|配置X光机|X光机配置到位",
            "质量|合格率|合格数量占比|95%左右",
            "质量|目标达成|目标|达到目标",
            "质量|合格率|合格数量占比|''",
            "社会效益|宣传效果|宣传|明显提升",
            "数量|服装采购|采购XXL号服装|XXL号服装200套",
            "数量|楼栋维修|维修1#楼|1#楼维修完成",
            "社会效益|出生缺陷发生率|每万例|≤100/万",
            "数量|运维设备数量|设备|86台（套）",
    })
    void doesNotFlag(String level, String name, String description, String value) {
        assertThat(RuleTestSupport.run(rule, RuleTestSupport.oneRow(level, name, description, value))).isEmpty();
    }

    @Test
    void namesTheDateBehindAnExcelSerial() {
        assertThat(RuleTestSupport.run(rule, RuleTestSupport.oneRow("时效", "完成时间", "完成", "44,561")).get(0).message())
                .contains("2021年12月31日");
    }
}
