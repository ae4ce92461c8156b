package org.jixiao.checks.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.checks.domain.rules.SemanticRuleTesting.CONFIG;
import static org.jixiao.checks.domain.rules.SemanticRuleTesting.findings;
import static org.jixiao.checks.domain.rules.SemanticRuleTesting.oneRow;

import org.jixiao.checks.domain.RuleId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueCopiesDescRuleTests {

    private final ValueCopiesDescRule rule = new ValueCopiesDescRule(CONFIG);

    @ParameterizedTest(name = "{2}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            效益指标 | 社会效益指标 | 社会效益 | 完善市政基础设施建设、改善人居生活环境 | 完善市政基础设施建设、改善人居生活环境
            效益指标 | 可持续影响指标 | 可持续效益 | 提升城市形象、提升城市品位、为创城打基础 | 提升城市形象、提升城市品位、为创城打下基础
            效益指标 | 经济效益指标 | 农民增收 | 带动项目区农民增收致富 | 带动项目区农民增收致富。
            效益指标 | 社会效益指标 | 群众就医 | 方便群众就近就医 | 方便群众的就近就医
            效益指标 | 社会效益指标 | 学生营养 | 改善农村学生营养状况，促进学生健康成长 | 改善农村学生营养状况 促进学生健康成长
            产出指标 | 时效指标 | 完成时间 | 按时完成 | 按时完成
            """)
    void flagsValuesThatRepeatTheDescription(String level1, String level2, String name, String description,
                                             String value) {
        assertThat(findings(rule, oneRow(level1, level2, name, description, value))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.VALUE_COPIES_DESC);
            assertThat(f.location().path()).isEqualTo("indicators[0].value");
            assertThat(f.message()).contains("“" + value.strip() + "”");
        });
    }

    @ParameterizedTest(name = "{2}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            产出指标 | 质量指标 | 工程验收 | 工程竣工验收结论 | 验收合格
            产出指标 | 质量指标 | 合格 | 合格 | 合格
            产出指标 | 数量指标 | 培训人次 | ≥200人次 | ≥200人次
            产出指标 | 时效指标 | 完工时间 | 2024年12月底前 | 2024年12月底前
            效益指标 | 社会效益指标 | 社会效益 | 完善市政基础设施建设、改善人居生活环境 | 改善人居生活环境
            效益指标 | 社会效益指标 | 安全形势 | 全县安全生产形势总体稳定 | 无较大及以上生产安全事故
            效益指标 | 可持续影响指标 | 管护机制 | 建立工程长效管护机制 | 建立长效管护机制并落实管护责任
            产出指标 | 质量指标 | 执法规范 | 执法程序符合《安全生产违法行为行政处罚办法》 | 执法程序符合《安全生产违法行为行政处罚办法》
            效益指标 | 社会效益指标 | 安全生产 | 全年无重大安全事故 | 全年无重大安全事故
            """)
    void acceptsValuesThatSayMoreOrOtherThanTheDescription(String level1, String level2, String name,
                                                           String description, String value) {
        assertThat(findings(rule, oneRow(level1, level2, name, description, value))).isEmpty();
    }
}
