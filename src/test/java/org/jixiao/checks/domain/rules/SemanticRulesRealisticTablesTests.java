package org.jixiao.checks.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.checks.domain.rules.SemanticRuleTesting.CONFIG;
import static org.jixiao.checks.domain.rules.SemanticRuleTesting.SEGMENTER;

import java.util.List;
import java.util.Map;

import org.jixiao.checks.domain.CheckEngine;
import org.jixiao.checks.domain.CheckFixtures;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Finding;
import org.junit.jupiter.api.Test;

/**
 * Goal tables written the way units of other sectors write them (应急管理局, 农业农村局, 教育局, 卫生健康局):
 * well-made tables draw no semantic finding at all; a badly made one draws exactly its defects.
 */
class SemanticRulesRealisticTablesTests {

    private static final CheckEngine ENGINE = new CheckEngine(CONFIG, SemanticRules.tableRules(CONFIG),
            SemanticRules.unitRules(CONFIG), SEGMENTER);

    static CheckedTable emergency() {
        return CheckFixtures.project("安全生产执法检查及应急演练经费").code("YJ01").budget("30.00")
                .purpose("开展危险化学品、非煤矿山等重点行业安全生产执法检查，组织县级综合应急演练。")
                .goals("全年执法检查重点行业企业不少于200家，督促企业整改隐患", "组织综合应急演练2次，提高应急处置水平",
                        "全年不发生较大及以上生产安全事故")
                .row("产出指标", "数量指标", "执法检查企业数量", "全年对重点行业企业开展执法检查的家数", "≥200家", "年度执法计划")
                .row("产出指标", "数量指标", "应急演练次数", "组织县级综合应急演练次数", "≥2次", "应急预案")
                .row("产出指标", "质量指标", "隐患整改率", "已整改隐患数占排查发现隐患总数的比例", "≥95%", "执法台账")
                .row("产出指标", "质量指标", "执法程序合规率", "程序合规的行政处罚案件占全部处罚案件的比例", "100%", "案卷评查")
                .row("产出指标", "时效指标", "检查完成时间", "年度执法检查计划完成时限", "2024年11月底前", "年度执法计划")
                .row("产出指标", "成本指标", "执法及演练成本", "执法车辆运行、演练物资等全年支出", "≤30万元", "预算批复")
                .row("效益指标", "社会效益指标", "较大及以上生产安全事故起数", "全县发生较大及以上生产安全事故起数", "0起", "统计报表")
                .row("效益指标", "可持续影响指标", "隐患排查治理长效机制", "企业隐患自查自改制度建立情况", "建立", "工作方案")
                .row("满意度指标", "服务对象满意度指标", "企业满意度", "抽样调查被检查企业对执法服务的满意度", "≥90%", "问卷调查")
                .build();
    }

    static CheckedTable farmland() {
        return CheckFixtures.project("高标准农田建设项目").code("NY01").budget("1800.00")
                .purpose("新建高标准农田1.2万亩，配套灌溉排水、田间道路等设施。")
                .goals("建成旱涝保收、宜机作业的高标准农田1.2万亩", "提高项目区粮食综合生产能力")
                .row("产出指标", "数量指标", "新建高标准农田面积", "当年建成高标准农田面积", "≥1.2万亩", "建设规划")
                .row("产出指标", "质量指标", "工程验收合格率", "验收合格的工程数占完工工程数的比例", "100%", "验收办法")
                .row("产出指标", "时效指标", "项目完工时间", "工程全部完工", "2024年12月底前", "实施方案")
                .row("产出指标", "成本指标", "亩均财政投入", "每亩财政资金投入标准", "≤1500元/亩", "建设标准")
                .row("效益指标", "经济效益指标", "粮食亩产增加", "项目区粮食亩均增产", "≥50公斤", "农业统计")
                .row("效益指标", "社会效益指标", "受益农户数", "项目区受益农户", "≥3000户", "实施方案")
                .row("效益指标", "生态效益指标", "新增高效节水灌溉面积", "项目区新增高效节水灌溉面积", "≥5000亩", "实施方案")
                .row("效益指标", "可持续影响指标", "工程设计使用年限", "农田灌排工程设计使用年限", "≥15年", "设计文件")
                .row("满意度指标", "服务对象满意度指标", "受益农户满意度", "问卷调查满意户数占调查户数的比例", "≥90%", "问卷调查")
                .build();
    }

    static CheckedTable schoolMeals() {
        return CheckFixtures.project("农村义务教育学生营养改善计划").code("JY01").budget("480.00")
                .purpose("为农村义务教育阶段学生提供营养膳食补助。")
                .goals("为全县农村义务教育学生提供营养膳食补助，每生每天5元", "全年不发生食品安全事故")
                .row("产出指标", "数量指标", "受益学生人数", "享受营养膳食补助的农村义务教育学生人数", "≥12000人", "学籍系统")
                .row("产出指标", "质量指标", "食品安全事故", "供餐环节发生食品安全事故起数", "0起", "食品安全规定")
                .row("产出指标", "时效指标", "补助资金拨付时间", "秋季学期补助资金拨付到校", "9月底前", "资金管理办法")
                .row("产出指标", "成本指标", "补助标准", "每生每天膳食补助标准", "≤5元/人", "补助政策")
                .row("效益指标", "社会效益指标", "学生营养膳食覆盖面", "营养膳食补助覆盖农村义务教育学生", "全覆盖", "补助政策")
                .row("满意度指标", "服务对象满意度指标", "学生家长满意度", "抽样调查学生家长满意度", "≥90%", "问卷调查")
                .build();
    }

    static CheckedTable publicHealth() {
        return CheckFixtures.project("基本公共卫生服务项目").code("WJ01").budget("650.00")
                .purpose("为辖区常住居民免费提供国家基本公共卫生服务。")
                .goals("为65岁及以上老年人提供健康管理服务", "规范管理高血压、糖尿病患者", "提高居民电子健康档案建档率")
                .row("产出指标", "数量指标", "老年人健康管理人数", "接受健康管理的65岁及以上老年人人数", "≥8000人", "上年统计")
                .row("产出指标", "质量指标", "高血压患者规范管理率", "按照规范管理的高血压患者人数占已管理患者人数的比例", "≥60%", "国家规范")
                .row("产出指标", "质量指标", "糖尿病患者规范管理率", "按照规范管理的糖尿病患者人数占已管理患者人数的比例", "≥60%", "国家规范")
                .row("产出指标", "质量指标", "电子健康档案建档率", "建立电子健康档案人数占辖区常住人口数的比例", "≥90%", "国家规范")
                .row("产出指标", "时效指标", "资金拨付时间", "补助资金拨付到基层医疗卫生机构", "每季度末前", "资金管理办法")
                .row("产出指标", "成本指标", "人均补助标准", "人均基本公共卫生服务经费补助标准", "≥89元/人", "补助政策")
                .row("效益指标", "社会效益指标", "居民健康素养水平", "具备基本健康素养的居民占常住人口的比例", "≥25%", "监测报告")
                .row("满意度指标", "服务对象满意度指标", "居民满意度", "抽样调查居民对基本公共卫生服务的满意度", "≥85%", "问卷调查")
                .build();
    }

    @Test
    void wellMadeTablesOfOtherSectorsDrawNoFinding() {
        List<CheckedTable> unit = List.of(emergency(), farmland(), schoolMeals(), publicHealth());

        Map<CheckedTable, List<Finding>> findings = ENGINE.checkUnit(unit);

        findings.forEach((table, list) -> assertThat(list).as(table.project().name()).isEmpty());
    }

    @Test
    void aBadlyMadeHealthTableDrawsItsDefects() {
        CheckedTable bad = CheckFixtures.project("乡镇卫生院能力提升项目").code("WJ02").budget("120.00")
                .purpose("为乡镇卫生院购置DR、彩超等医疗设备。")
                .goals("购置医疗设备12台套", "推进县域医共体信息化建设")
                .row("产出指标", "数量指标", "设备购置数量", "购置DR、彩超等医疗设备台套数", "≥12台", "采购计划")
                .row("产出指标", "质量指标", "设备验收合格率", "验收合格设备占购置设备的比例", "100%", "验收报告")
                .row("产出指标", "时效指标", "设备购置时间", "设备购置完成", "按时完成", "采购计划")
                .row("产出指标", "成本指标", "设备购置成本", "设备购置成本", "不超预算", "采购计划")
                .row("效益指标", "社会效益指标", "群众满意度", "就诊群众满意度", "≥90%", "问卷调查")
                .row("效益指标", "社会效益指标", "基层服务能力", "基层医疗服务能力提升情况", "≥95%", "工作安排")
                .row("效益指标", "可持续影响指标", "可持续影响", "基层医疗卫生事业持续健康发展", "基层医疗卫生事业持续健康发展", "工作安排")
                .build();

        List<String> found = ENGINE.check(bad, List.of(bad)).stream()
                .map(f -> f.rule() + " " + f.location().path()).toList();

        assertThat(found).containsExactlyInAnyOrder(
                "GOAL_NOT_COVERED goals[1]",
                "NOT_QUANTIFIED indicators[2].value",
                "NOT_QUANTIFIED indicators[3].value", "DESC_COPIES_NAME indicators[3].description",
                "MISCLASSIFIED indicators[4].level2",
                "PSEUDO_QUANTIFIED indicators[5].value",
                "NOT_QUANTIFIED indicators[6].value", "VALUE_COPIES_DESC indicators[6].value");
    }
}
