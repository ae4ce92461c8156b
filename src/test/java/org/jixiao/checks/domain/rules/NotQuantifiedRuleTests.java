package org.jixiao.checks.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.checks.domain.rules.SemanticRuleTesting.CONFIG;
import static org.jixiao.checks.domain.rules.SemanticRuleTesting.findings;
import static org.jixiao.checks.domain.rules.SemanticRuleTesting.oneRow;

import org.jixiao.checks.domain.RuleId;
import org.jixiao.checks.domain.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotQuantifiedRuleTests {

    private final NotQuantifiedRule rule = new NotQuantifiedRule(CONFIG);

    @ParameterizedTest(name = "{2}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            效益指标 | 经济效益指标 | 经济效益 | 促进地方经济发展，提高人民生活水平 | 促进地方经济发展，提高人民生活水平
            效益指标 | 经济效益指标 | 农民增收 | 项目区农民收入情况 | 有效促进农民增收
            效益指标 | 社会效益指标 | 学生营养健康状况 | 农村学生营养健康状况变化 | 明显改善
            效益指标 | 社会效益指标 | 应急处置能力 | 全县突发事件应急处置能力 | 进一步提升
            效益指标 | 可持续影响指标 | 基层卫生服务能力 | 乡镇卫生院服务能力 | 持续增强
            效益指标 | 生态效益指标 | 农村人居环境 | 项目村人居环境面貌 | 显著改善
            产出指标 | 质量指标 | 培训质量 | 参训人员培训效果 | 培训质量明显提高
            产出指标 | 成本指标 | 演练成本 | 应急演练物资及组织费用 | 不超预算
            产出指标 | 成本指标 | 设备购置成本 | 急救设备采购支出 | 控制在预算范围内
            产出指标 | 数量指标 | 培训人数 | 参加种植技术培训的农户 | 若干
            满意度指标 | 服务对象满意度指标 | 满意度 | 就诊群众满意度 | 明显提升
            满意度指标 | 服务对象满意度指标 | 家长满意度 | 学生家长对营养餐的满意程度 | 满意
            产出指标 | 时效指标 | 资金拨付时间 | 补助资金拨付到校 | 按时拨付
            产出指标 | 时效指标 | 完成时间 | 工程完工 | 按期完成
            效益指标 | 可持续影响指标 | 可持续影响 | 基层医疗卫生事业发展 | 基层医疗卫生事业持续健康发展
            """)
    void flagsTextWhereAMeasurableValueWasPossible(String level1, String level2, String name, String description,
                                                   String value) {
        assertThat(findings(rule, oneRow(level1, level2, name, description, value))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.NOT_QUANTIFIED);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().path()).isEqualTo("indicators[0].value");
            assertThat(f.message()).contains("“" + name + "”", "“" + value + "”");
            assertThat(f.suggestion()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{2}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            产出指标 | 质量指标 | 合格率 | 验收合格工程数占完工工程数的比例 | ≥95%
            产出指标 | 数量指标 | 执法检查企业数量 | 全年对重点行业企业开展执法检查的家数 | ≥200家
            产出指标 | 时效指标 | 完工时间 | 工程全部完工 | 2024年12月底前
            产出指标 | 时效指标 | 资金拨付时间 | 2024年6月底前拨付到校 | 按时拨付
            产出指标 | 时效指标 | 补助发放时间 | 按季度发放 | 及时发放
            产出指标 | 成本指标 | 所需成本 | 项目全年支出 | ≤20万元
            产出指标 | 质量指标 | 工程质量 | 工程施工质量 | 符合《建筑工程施工质量验收统一标准》
            产出指标 | 质量指标 | 工程验收 | 竣工验收结论 | 验收合格
            效益指标 | 社会效益指标 | 安全生产形势 | 全县安全生产总体形势 | 无较大及以上生产安全事故
            效益指标 | 生态效益指标 | 空气质量 | 项目区环境空气质量 | 达到国家二级标准
            效益指标 | 可持续影响指标 | 长效管护机制 | 建立工程长效管护机制 | 建立
            产出指标 | 质量指标 | 设备运行状况 | 设备日常运行 | 良好
            效益指标 | 社会效益指标 | 义务教育学生全覆盖 | 营养膳食补助覆盖农村义务教育学生 | 全覆盖
            效益指标 | 经济效益指标 | 经济效益 | 项目产生的经济效益 | ''
            效益指标 | 可持续影响指标 | 项目持续发挥作用 | 设施建成后持续发挥作用 | 持续
            效益指标 | 可持续影响指标 | 社会救助制度 | 社会救助兜底保障制度 | 长期有效
            """)
    void acceptsNumbersDeadlinesAndCheckableStandards(String level1, String level2, String name, String description,
                                                      String value) {
        assertThat(findings(rule, oneRow(level1, level2, name, description, value))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            95%左右
            约100人
            """)
    void leavesUnreadableMeasurementsToTheFormatChecks(String value) {
        assertThat(findings(rule, oneRow("产出指标", "数量指标", "受益人数", "受益群众人数", value))).isEmpty();
    }
}
