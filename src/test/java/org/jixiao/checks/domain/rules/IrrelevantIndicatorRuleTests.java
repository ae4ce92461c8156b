package org.jixiao.checks.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.checks.domain.rules.SemanticRuleTesting.CONFIG;
import static org.jixiao.checks.domain.rules.SemanticRuleTesting.SEGMENTER;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.checks.domain.CheckContext;
import org.jixiao.checks.domain.CheckFixtures;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.RuleId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IrrelevantIndicatorRuleTests {

    private final IrrelevantIndicatorRule rule = new IrrelevantIndicatorRule(CONFIG);

    /** A fire brigade: a hydrant project (the one checked) and a publicity-and-training project. */
    private static CheckFixtures hydrants() {
        return CheckFixtures.project("消火栓建设及维护经费").code("H1").budget("50.00")
                .purpose("保障城区消火栓数量，及时出警。保障水源。")
                .goals("新建和维修城区市政消火栓，保障灭火救援用水")
                .row("产出指标", "数量指标", "施工数量", "新建消火栓数量", "≥50座", "责任书");
    }

    private static final CheckedTable FIRE_TRAINING = CheckFixtures.project("消防安全宣传培训经费").code("H2")
            .budget("15.00").purpose("开展消防安全宣传进社区、进学校活动，组织社会单位消防安全培训。")
            .goals("全年开展消防安全培训不少于200人次")
            .row("产出指标", "数量指标", "培训人次", "消防安全培训", "≥200人次", "培训计划").build();

    /** An agriculture bureau: a farmland project (the one checked), farmer training and market enforcement. */
    private static CheckFixtures farmland() {
        return CheckFixtures.project("高标准农田建设项目").code("N1").budget("1800.00")
                .purpose("新建高标准农田1.2万亩，配套灌溉排水、田间道路设施。")
                .goals("建成旱涝保收、宜机作业的高标准农田", "提高项目区粮食综合生产能力")
                .row("产出指标", "数量指标", "新建高标准农田面积", "当年建成高标准农田面积", "≥1.2万亩", "实施方案");
    }

    private static final CheckedTable FARMER_TRAINING = CheckFixtures.project("高素质农民培育项目").code("N2")
            .budget("60.00").purpose("开展农民实用技术培训。").goals("培训高素质农民500人").build();
    private static final CheckedTable ENFORCEMENT = CheckFixtures.project("农资市场执法检查经费").code("N3")
            .budget("20.00").purpose("开展农资市场执法检查，查处假劣农资。").goals("检查农资经营门店200家").build();

    private List<Finding> findings(CheckedTable table, CheckedTable... siblings) {
        List<CheckedTable> unit = new ArrayList<>(List.of(siblings));
        unit.add(0, table);
        List<Finding> findings = new ArrayList<>();
        rule.check(table, new CheckContext(CONFIG, unit, SEGMENTER), findings::add);
        return findings;
    }

    private List<Finding> inUnit(String project, CheckedTable table) {
        return project.equals("H") ? findings(table, FIRE_TRAINING) : findings(table, FARMER_TRAINING, ENFORCEMENT);
    }

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            H | 产出指标 | 数量指标 | 培训人次 | 消防安全培训 | ≥200人次
            H | 效益指标 | 社会效益指标 | 宣传覆盖面 | 宣传进社区、进学校 | 覆盖全部社区和学校
            N | 产出指标 | 数量指标 | 培训农民人数 | 农民实用技术培训 | ≥500人
            N | 产出指标 | 数量指标 | 执法检查门店数量 | 农资经营门店执法检查 | ≥200家
            """)
    void flagsRowsCopiedFromAnotherProjectOfTheUnit(String project, String level1, String level2, String name,
                                                   String description, String value) {
        CheckedTable table = (project.equals("H") ? hydrants() : farmland())
                .row(level1, level2, name, description, value, "模板").build();

        assertThat(inUnit(project, table)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.IRRELEVANT_INDICATOR);
            assertThat(f.location().path()).isEqualTo("indicators[1].name");
            assertThat(f.message()).contains("“" + name + "”", "照搬");
        });
    }

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            H | 产出指标 | 质量指标 | 合格率 | 合格数量占总施工数量的比率 | ≥95%
            H | 产出指标 | 时效指标 | 施工时间 | 预计2024年12月底前完成 | 12月底前
            H | 产出指标 | 成本指标 | 所需成本 | 预计所需成本 | ≤50万元
            H | 满意度指标 | 服务对象满意度指标 | 群众满意度 | 群众满意度 | ≥90%
            H | 效益指标 | 社会效益指标 | 社会效益 | 加强消防安全宣传、提升群众安全意识 | 加强消防安全宣传、提升群众安全意识
            H | 产出指标 | 质量指标 | 消火栓完好率 | 正常出水的消火栓占总数的比例 | ≥95%
            H | 效益指标 | 社会效益指标 | 灭火救援取水保障 | 城区灭火救援就近取水 | 500米范围内有可用消火栓
            N | 效益指标 | 经济效益指标 | 粮食亩产增加 | 项目区粮食亩均增产 | ≥50公斤
            N | 效益指标 | 生态效益指标 | 节水灌溉面积 | 新增高效节水灌溉面积 | ≥5000亩
            N | 效益指标 | 可持续影响指标 | 工程设计使用年限 | 农田灌排工程正常使用年限 | ≥15年
            N | 产出指标 | 数量指标 | 新建田间道路 | 新建机耕路长度 | ≥20公里
            N | 产出指标 | 成本指标 | 亩均财政投入 | 每亩财政资金投入标准 | ≤1500元/亩
            N | 产出指标 | 数量指标 | 义诊活动场次 | 组织医疗队下乡义诊 | ≥10场
            """)
    void acceptsRowsAboutTheProjectGenericRowsAndRowsOfNoVisibleOrigin(String project, String level1, String level2,
                                                                       String name, String description, String value) {
        CheckedTable table = (project.equals("H") ? hydrants() : farmland())
                .row(level1, level2, name, description, value, "依据").build();

        assertThat(inUnit(project, table)).isEmpty();
    }

    @Test
    void readsSynonymsAndAbbreviationsAsRelated() {
        CheckedTable station = CheckFixtures.project("新建消防站建设启动资金").code("Z1").budget("200")
                .purpose("用于新消防建设资金。").goals("落实好建设一级消防站前期工作情况")
                .row("产出指标", "数量指标", "新站设备数量", "新站建立数量", "1个", "责任书")
                .build();
        CheckedTable wages = CheckFixtures.project("消防协管员工资及保险").code("Z2").budget("600")
                .purpose("保障队员工资保险款").goals("保障单位人员工资正常发放")
                .row("产出指标", "数量指标", "职工人数", "领取薪酬的职工人数", "99人", "三定方案")
                .row("效益指标", "社会效益指标", "职工待遇", "职工待遇按时足额落实", "是", "规定")
                .build();
        CheckedTable equipment = CheckFixtures.project("消防装备购置费").code("Z3").budget("225")
                .purpose("购置消防车辆及个人防护装备。").goals("新站设备配齐，职工人数满编").build();

        assertThat(findings(station, wages, equipment)).isEmpty();
        assertThat(findings(wages, station, equipment)).isEmpty();
    }

    @Test
    void leavesGenericProjectsAndSingleTableUnitsAlone() {
        CheckedTable running = CheckFixtures.project("单位日常运转经费").code("G1").budget("80")
                .purpose("保障单位正常运转。").goals("保障单位正常运转")
                .row("产出指标", "数量指标", "培训人次", "消防安全培训", "≥200人次", "计划").build();
        CheckedTable alone = hydrants().row("产出指标", "数量指标", "培训人次", "消防安全培训", "≥200人次", "模板").build();

        assertThat(findings(running, FIRE_TRAINING)).isEmpty();
        assertThat(findings(alone)).isEmpty();
    }
}
