package org.jixiao.checks.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.checks.domain.rules.SemanticRuleTesting.CONFIG;
import static org.jixiao.checks.domain.rules.SemanticRuleTesting.findings;
import static org.jixiao.checks.domain.rules.SemanticRuleTesting.oneRow;

import org.jixiao.checks.domain.RuleId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MisclassifiedRuleTests {

    private final MisclassifiedRule rule = new MisclassifiedRule(CONFIG);

    @ParameterizedTest(name = "{2} under {1} → {5}")
    @CsvSource(delimiter = '|', textBlock = """
            效益指标 | 经济效益指标 | 可持续效益 | 提升城市形象、提升城市品位、为创城打基础 | 提升城市形象、提升城市品位、为创城打下基础 | 可持续影响
            效益指标 | 经济效益指标 | 城市形象 | 老旧小区改造对城市面貌的影响 | 城市形象明显提升 | 社会效益
            效益指标 | 经济效益指标 | 群众安全感 | 辖区群众安全感 | 群众安全感增强 | 社会效益
            效益指标 | 社会效益指标 | 可持续影响 | 设施长期发挥作用 | 长期 | 可持续影响
            效益指标 | 社会效益指标 | 群众满意度 | 就诊群众满意度 | ≥90% | 满意度
            效益指标 | 社会效益指标 | 满意度 | 服务对象满意度 | ≥95% | 满意度
            产出指标 | 质量指标 | 资金到位率 | 补助资金到位情况 | 100% | 资金
            产出指标 | 数量指标 | 预算执行率 | 年度预算执行进度 | ≥90% | 资金
            效益指标 | 社会效益指标 | 保障职工日常经费到位 | 保障日常经费的到位情况 | 100% | 资金
            产出指标 | 质量指标 | 资金使用合规性 | 资金使用符合财经纪律 | 合规 | 资金
            产出指标 | 数量指标 | 验收合格率 | 验收合格的工程数占完工数的比例 | ≥95% | 质量
            产出指标 | 质量指标 | 完工时间 | 工程全部完工 | 2024年12月底前 | 时效
            产出指标 | 数量指标 | 补助发放及时率 | 按时发放的补助占应发放补助的比例 | 100% | 时效
            产出指标 | 数量指标 | 发放补助资金 | 发放耕地地力保护补贴资金 | 500万元 | 成本
            效益指标 | 数量指标 | 受益人数 | 项目受益群众人数 | ≥1200人 | 一级指标
            """)
    void flagsIndicatorsUnderTheWrongCategory(String level1, String level2, String name, String description,
                                              String value, String expected) {
        assertThat(findings(rule, oneRow(level1, level2, name, description, value))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.MISCLASSIFIED);
            assertThat(f.location().path()).isEqualTo("indicators[0].level2");
            assertThat(f.message()).contains(expected);
        });
    }

    @ParameterizedTest(name = "{2} under {1}")
    @CsvSource(delimiter = '|', textBlock = """
            效益指标 | 经济效益指标 | 经济效益 | 促进地方经济发展，提高人民生活水平 | 促进地方经济发展，提高人民生活水平
            效益指标 | 经济效益指标 | 减少火灾经济损失 | 及时扑救减少的群众财产损失 | ≥100万元
            效益指标 | 经济效益指标 | 经济社会效益 | 带动周边群众就业 | ≥50人
            效益指标 | 社会效益指标 | 受益人数 | 项目受益群众人数 | ≥1200人
            效益指标 | 社会效益指标 | 社会效益 | 完善市政基础设施建设、改善人居生活环境 | 完善市政基础设施建设、改善人居生活环境
            满意度指标 | 服务对象满意度指标 | 满意度 | 工作人员满意度 | ≥97%
            效益指标 | 服务对象满意度指标 | 群众满意度 | 问卷调查满意人数占调查人数比例 | ≥90%
            产出指标 | 数量指标 | 计划完成率 | 实际完成工程量占计划工程量的比例 | 100%
            产出指标 | 数量指标 | 疫苗接种覆盖率 | 适龄儿童接种人数占适龄儿童总数比例 | ≥95%
            产出指标 | 质量指标 | 发放成功率 | 资金发放成功率 | 100%
            产出指标 | 质量指标 | 行政处罚程序合规率 | 程序合规的处罚案件占全部案件比例 | ≥98%
            产出指标 | 时效指标 | 发放及时率 | 消防救援队伍改革性补贴年底前发放完毕 | ≥98%
            产出指标 | 时效指标 | 施工时间 | 预计2024年12月底前完成 | 12月底前
            产出指标 | 成本指标 | 所需成本 | 预计所需成本 | ≤20万元
            成本指标 | 经济成本指标 | 设备购置成本 | 急救设备采购支出 | ≤80万元
            产出指标 | 数量指标 | 补贴发放人数 | 享受耕地地力保护补贴的农户 | ≥3000户
            产出指标 | 数量指标 | 满意度调查次数 | 开展服务对象满意度调查的次数 | ≥2次
            产出指标 | 数量指标 | 巡查频次 | 对消防设施开展巡查 | 每月1次
            """)
    void acceptsIndicatorsInTheirCategory(String level1, String level2, String name, String description,
                                          String value) {
        assertThat(findings(rule, oneRow(level1, level2, name, description, value))).isEmpty();
    }
}
