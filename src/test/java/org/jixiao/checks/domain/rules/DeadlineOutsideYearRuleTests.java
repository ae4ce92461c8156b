package org.jixiao.checks.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jixiao.checks.domain.CheckFixtures;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.Location;
import org.jixiao.checks.domain.RuleId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineOutsideYearRuleTests {

    private final DeadlineOutsideYearRule rule = new DeadlineOutsideYearRule(RuleTestSupport.CONFIG);

    @ParameterizedTest(name = "{1}: {2} / {3}")
    @CsvSource(delimiter = '|', value = {
            "时效|施工时间|预计2023年12月底前完成|12月底前|description|2023年12月底前完成",
            "时效|购置时间|2023年底前完成采购|年底前|description|2023年底前完成",
            "时效|验收时间|计划于2025年6月完成验收|6月底前|description|2025年6月完成验收",
            "时效|完工时间|工程竣工日期为2025年3月。|12月底前|description|2025年3月",
            "时效|完成时间|项目完成时间|2025年3月底前|value|2025年3月底前",
            "时效|完成时间|项目完成时间|2025年3月|value|2025年3月",
            "质量|验收完成|项目验收|2023年12月31日前|value|2023年12月31日前",
            "时效|完成时间|项目完成时间|预计2023年12月底前全部完成|value|2023年12月底前全部完成",
            "质量|资金拨付及时性|2023年12月底前拨付到位|100%|description|2023年12月底前拨付到位",
    })
    void flags(String level, String name, String description, String value, String field, String quoted) {
        List<Finding> findings = RuleTestSupport.run(rule, RuleTestSupport.oneRow(level, name, description, value));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.DEADLINE_OUTSIDE_YEAR);
            assertThat(f.location()).isEqualTo(Location.row("P0000000001", 0, field));
            assertThat(f.message()).contains(name).contains(quoted).contains("2024年");
        });
    }

    @ParameterizedTest(name = "{1}: {2} / {3}")
    @CsvSource(delimiter = '|', value = {
            "时效|购置时间|预计2024年12月底前完成|12月底前",
            "时效|发放及时率|发放人员经费（高危补贴）发放|每月25号",
            "时效|发放及时率|发放人员经费（考核奖）年底前考核奖发放|12月前",
            "时效|资金拨付及时率|按冀财建2023年247号文件要求及时拨付|≥98%",
            "时效|资金拨付及时率|按冀财建[2023]247号文件要求及时拨付|≥98%",
            "时效|办理时间|较2023年缩短10%|≤10天",
            "时效|发放时间|2023年度考核奖于2024年1月底前发放|1月底前",
            "时效|实施期限|2023年12月至2024年12月|12月底前",
            "时效|完成时间|根据2023年12月出台的实施方案|12月底前",
            "时效|完成时间|自2023年10月起分期实施|12月底前",
            "时效|完成时间|2023年完成一期，本年完成二期|12月底前",
            "社会效益|社会效益|预计2023年12月底前完成|完善市政基础设施建设",
            "质量|合格率|2023年合格率为95%|≥95%",
            "时效|完成时间|项目完成时间|12月底前",
            "时效|完成时间|项目完成时间|2024年12月31日前",
            "可持续|设施持续发挥作用|持续发挥作用的年限|2030年",
            "可持续|长效机制|长效管护机制持续至2030年底|长期有效",
            "可持续|持续发挥作用|设施持续使用时间至2030年底|长期",
            "时效|资金拨付及时率|2024年1月底前拨付2023年结转资金|100%",
            "时效|项目开工时间|2023年已开工，本年续建|12月底前",
            "时效|完成时间|2024年3月—2024年12月|12月底前",
    })
    void doesNotFlag(String level, String name, String description, String value) {
        assertThat(RuleTestSupport.run(rule, RuleTestSupport.oneRow(level, name, description, value))).isEmpty();
    }

    @Test
    void theBudgetYearIsTheTablesYear() {
        var table = CheckFixtures.project("跨年项目").year(2025).budget("10.00").plan(12, 100)
                .row("产出指标", "时效指标", "完成时间", "计划于2025年3月底前完成", "3月底前", "施工合同")
                .row("产出指标", "时效指标", "验收时间", "计划于2024年12月底前验收", "12月底前", "施工合同").build();

        assertThat(RuleTestSupport.run(rule, table)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("2024年12月底前").contains("早于预算年度2025年"));
    }
}
