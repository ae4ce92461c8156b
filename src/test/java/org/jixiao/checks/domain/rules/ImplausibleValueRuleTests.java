package org.jixiao.checks.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.checks.domain.Location;
import org.jixiao.checks.domain.RuleId;
import org.jixiao.checks.domain.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImplausibleValueRuleTests {

    private final ImplausibleValueRule rule = new ImplausibleValueRule(RuleTestSupport.CONFIG);

    @ParameterizedTest(name = "{1} {3}")
    @CsvSource(delimiter = '|', value = {
            "质量|合格率|合格数量占比|120%|WARNING",
            "满意度|满意度|群众满意度|≥120%|WARNING",
            "质量|验收合格率|验收合格|>100%|WARNING",
            "社会效益|人员经费占比|占总支出比例|110%|WARNING",
            "质量|合格率|合格数量占比|≥100%|INFO",
            "满意度|满意度|群众满意度|≥100%|INFO",
            "成本|所需成本|预计所需成本|0万元|WARNING",
            "成本|所需成本|预计所需成本|≤0元|WARNING",
            "数量|施工数量|新建消火栓数量|-5座|WARNING",
            "成本|所需成本|预计所需成本|-20万元|WARNING",
            "质量|合格率|合格数量占比|-5%|WARNING",
    })
    void flags(String level, String name, String description, String value, Severity severity) {
        assertThat(RuleTestSupport.run(rule, RuleTestSupport.oneRow(level, name, description, value)))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(RuleId.IMPLAUSIBLE_VALUE);
                    assertThat(f.severity()).isEqualTo(severity);
                    assertThat(f.location()).isEqualTo(Location.row("P0000000001", 0, "value"));
                    assertThat(f.message()).contains(name).contains(value);
                });
    }

    @ParameterizedTest(name = "{1} {3}")
    @CsvSource(delimiter = '|', value = {
            "质量|合格率|合格数量占比|100%",
            "质量|合格率|合格数量占比|=100%",
            "质量|合格率|合格数量占比|≤100%",
            "满意度|满意度|群众满意度|≥95%",
            "经济效益|经济增长率|较上年增长|≥120%",
            "经济效益|农民收入提高|较上年提高|150%",
            "经济效益|投资回报率|回报|130%",
            "经济效益|收入同比下降率|同比|-5%",
            "数量|安全事故数|安全事故|0起",
            "成本|所需成本|预计所需成本|≥0万元",
            "成本|所需成本|预计所需成本|73.2万元",
            "数量|培训覆盖|覆盖人员|120%",
            "社会效益|工作完成率|重点工作完成情况|≥95%",
            "质量|巡查频率|巡查|200%",
            "社会效益|工作完成率|重点工作完成情况|≥100%",
            "质量|床位使用率|床位使用|110%",
    })
    void doesNotFlag(String level, String name, String description, String value) {
        assertThat(RuleTestSupport.run(rule, RuleTestSupport.oneRow(level, name, description, value))).isEmpty();
    }
}
