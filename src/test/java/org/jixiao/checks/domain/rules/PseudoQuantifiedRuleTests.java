package org.jixiao.checks.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.checks.domain.rules.SemanticRuleTesting.CONFIG;
import static org.jixiao.checks.domain.rules.SemanticRuleTesting.findings;
import static org.jixiao.checks.domain.rules.SemanticRuleTesting.oneRow;

import org.jixiao.checks.domain.RuleId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PseudoQuantifiedRuleTests {

    private final PseudoQuantifiedRule rule = new PseudoQuantifiedRule(CONFIG);

    @ParameterizedTest(name = "{2} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            效益指标 | 社会效益指标 | 维护社会稳定 | 维护全县社会大局稳定 | ≥95%
            效益指标 | 可持续影响指标 | 促进经济社会协调和可持续发展 | 促进经济社会协调和可持续发展 | 100%
            效益指标 | 社会效益指标 | 公共服务水平提升情况 | 新站建立对公共服务水平提升情况 | ≥95%
            效益指标 | 可持续影响指标 | 建立新站持续发展情况 | 新站建立对周边以后持续发展情况 | ≤95%
            效益指标 | 经济效益指标 | 保障职工的正常办公条件 | 保障职工的正常办公条件 | 100%
            效益指标 | 社会效益指标 | 办学条件改善 | 农村学校办学条件改善程度 | 100%
            效益指标 | 社会效益指标 | 群众安全意识 | 群众消防安全意识提高 | ≥90%
            效益指标 | 可持续影响指标 | 公共服务水平提升率 | 医疗卫生公共服务水平提升 | ≥95%
            效益指标 | 社会效益指标 | 社会效益 | 项目实施产生的社会效益 | ≥98%
            """)
    void flagsPercentagesOfThingsThatCannotBeCounted(String level1, String level2, String name, String description,
                                                     String value) {
        assertThat(findings(rule, oneRow(level1, level2, name, description, value))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.PSEUDO_QUANTIFIED);
            assertThat(f.location().path()).isEqualTo("indicators[0].value");
            assertThat(f.message()).contains("“" + name + "”", "“" + value + "”");
        });
    }

    @ParameterizedTest(name = "{2} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            效益指标 | 社会效益指标 | 工作完成率 | 重点工作完成情况占工作总数量的比率 | ≥95%
            效益指标 | 社会效益指标 | 保障职工日常经费到位 | 保障日常经费的到位情况 | 100%
            产出指标 | 质量指标 | 合格率 | 合格数量占总施工数量的比率 | ≥95%
            满意度指标 | 服务对象满意度指标 | 满意度 | 群众满意度 | ≥90%
            效益指标 | 社会效益指标 | 居民健康素养水平 | 具备基本健康素养的居民占常住人口的比例 | ≥25%
            效益指标 | 社会效益指标 | 消防安全知识知晓率 | 抽样调查群众知晓消防安全常识的比例 | ≥85%
            效益指标 | 生态效益指标 | 人居环境整治村覆盖率 | 完成人居环境整治的行政村数/行政村总数 | ≥90%
            效益指标 | 经济效益指标 | 项目区农民人均收入增长 | 项目区农民人均可支配收入较上年增长 | ≥8%
            效益指标 | 可持续影响指标 | 设施完好率 | 正常运行的设施占建成设施的比例 | ≥95%
            产出指标 | 数量指标 | 政策知晓率 | 受访群众中知晓补贴政策的比例 | ≥90%
            效益指标 | 社会效益指标 | 受益人数 | 项目受益群众人数 | 1200人
            """)
    void acceptsRatesWithACountableBase(String level1, String level2, String name, String description, String value) {
        assertThat(findings(rule, oneRow(level1, level2, name, description, value))).isEmpty();
    }
}
