package org.jixiao.checks.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.checks.domain.rules.SemanticRuleTesting.CONFIG;
import static org.jixiao.checks.domain.rules.SemanticRuleTesting.findings;

import org.jixiao.checks.domain.CheckFixtures;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.RuleId;
import org.jixiao.checks.domain.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GoalNotCoveredRuleTests {

    private final GoalNotCoveredRule rule = new GoalNotCoveredRule(CONFIG);

    /** A 应急管理局 project whose indicators measure inspections, drills and accidents. */
    private static CheckedTable emergency(String... goals) {
        return CheckFixtures.project("安全生产执法检查及应急演练经费").code("Y1").budget("30.00")
                .purpose("开展重点行业安全生产执法检查，组织综合应急演练。").goals(goals)
                .row("产出指标", "数量指标", "执法检查企业数量", "全年对重点行业企业开展执法检查的家数", "≥200家", "执法计划")
                .row("产出指标", "数量指标", "应急演练次数", "组织县级综合应急演练次数", "≥2次", "应急预案")
                .row("产出指标", "质量指标", "隐患整改率", "已整改隐患数占排查发现隐患总数的比例", "≥95%", "执法台账")
                .row("产出指标", "时效指标", "检查完成时间", "年度执法检查计划完成时限", "2024年11月底前", "执法计划")
                .row("产出指标", "成本指标", "所需成本", "执法车辆运行、演练物资等支出", "≤30万元", "预算批复")
                .row("效益指标", "社会效益指标", "较大及以上生产安全事故起数", "全县发生较大及以上生产安全事故起数", "0起", "统计")
                .row("满意度指标", "服务对象满意度指标", "企业满意度", "抽样调查被检查企业满意度", "≥90%", "问卷调查")
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "打造一支听党指挥能打胜仗的队伍",
            "加强应急管理干部队伍作风建设",
            "推进智慧应急信息化平台建设",
            "开展防灾减灾宣传进社区活动"})
    void flagsAGoalThatNoIndicatorMeasures(String goal) {
        CheckedTable table = emergency("全年执法检查企业不少于200家，督促企业整改隐患", goal);

        assertThat(findings(rule, table)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.GOAL_NOT_COVERED);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.location().path()).isEqualTo("goals[1]");
            assertThat(f.location().row()).isNull();
            assertThat(f.message()).contains(goal);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "全年执法检查企业不少于200家，督促企业整改隐患",
            "组织综合应急演练2次，提高应急处置水平",
            "全年不发生较大及以上生产安全事故",
            "提高执法质量",
            "确保项目顺利实施",
            "单位正常运转",
            "上级工作任务按时完成"})
    void acceptsGoalsThatAnIndicatorMeasuresOrThatAreTooGenericToJudge(String goal) {
        assertThat(findings(rule, emergency(goal))).isEmpty();
    }

    @Test
    void leavesTablesWithoutIndicatorsAlone() {
        CheckedTable table = CheckFixtures.department().goals("打造一支听党指挥能打胜仗的队伍").build();

        assertThat(findings(rule, table)).isEmpty();
    }

    @Test
    void matchesSynonymsAcrossGoalAndIndicatorWording() {
        CheckedTable table = CheckFixtures.project("消防协管员工资及保险").code("X1").budget("600")
                .goals("保障消防协管员薪酬按月足额发放")
                .row("产出指标", "数量指标", "人员数量", "发放工资人员数量", "99人", "三定方案")
                .row("产出指标", "时效指标", "发放时间", "工资每月发放", "每月25号", "发放表")
                .build();

        assertThat(findings(rule, table)).isEmpty();
    }
}
