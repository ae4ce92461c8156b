package org.jixiao.checks.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.checks.domain.rules.SemanticRuleTesting.CONFIG;
import static org.jixiao.checks.domain.rules.SemanticRuleTesting.findings;
import static org.jixiao.checks.domain.rules.SemanticRuleTesting.oneRow;

import org.jixiao.checks.domain.RuleId;
import org.jixiao.checks.domain.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DescCopiesNameRuleTests {

    private final DescCopiesNameRule rule = new DescCopiesNameRule(CONFIG);

    @ParameterizedTest(name = "{2} / {3}")
    @CsvSource(delimiter = '|', textBlock = """
            产出指标 | 成本指标 | 所需成本 | 所需成本 | 73.2万元
            产出指标 | 成本指标 | 所需成本 | 预计所需成本 | ≤20万元
            效益指标 | 经济效益指标 | 保障职工的正常办公条件 | 保障职工的正常办公条件 | 100%
            产出指标 | 数量指标 | 受益学生人数 | 受益学生人数。 | ≥12000人
            产出指标 | 成本指标 | 补助标准 | 补助标准情况 | ≤5元/人
            产出指标 | 质量指标 | 隐患整改率 | 隐患整改率指标 | ≥95%
            """)
    void flagsDescriptionsThatOnlyRepeatTheName(String level1, String level2, String name, String description,
                                                String value) {
        assertThat(findings(rule, oneRow(level1, level2, name, description, value))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.DESC_COPIES_NAME);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.location().path()).isEqualTo("indicators[0].description");
            assertThat(f.message()).contains("“" + name + "”");
        });
    }

    @ParameterizedTest(name = "{2} / {3}")
    @CsvSource(delimiter = '|', textBlock = """
            产出指标 | 质量指标 | 发放成功率 | 资金发放成功率 | 100%
            满意度指标 | 服务对象满意度指标 | 满意度 | 群众满意度 | ≥90%
            产出指标 | 成本指标 | 所需成本 | 平均每人所需成本 | 2.86万元/人
            产出指标 | 质量指标 | 隐患整改率 | 已整改隐患数占排查发现隐患总数的比例 | ≥95%
            产出指标 | 数量指标 | 受益学生人数 | '' | ≥12000人
            产出指标 | 数量指标 | 人员数量 | 发放人员数量 | 99人
            产出指标 | 成本指标 | 人均训练经费 | 人均年度训练经费 | ≥4.5万元/人
            """)
    void acceptsDescriptionsThatDefineSomething(String level1, String level2, String name, String description,
                                               String value) {
        assertThat(findings(rule, oneRow(level1, level2, name, description, value))).isEmpty();
    }
}
