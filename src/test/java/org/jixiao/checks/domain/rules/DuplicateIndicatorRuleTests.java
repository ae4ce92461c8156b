package org.jixiao.checks.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.checks.domain.CheckFixtures;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Location;
import org.jixiao.checks.domain.RuleId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuplicateIndicatorRuleTests {

    private final DuplicateIndicatorRule rule = new DuplicateIndicatorRule(RuleTestSupport.CONFIG);

    /** A table with a first row and a second (after an unrelated row in between). */
    private static CheckedTable table(String level1, String name1, String description1, String value1,
                                      String level2, String name2, String description2, String value2) {
        String[] first = RuleTestSupport.levels(level1);
        String[] second = RuleTestSupport.levels(level2);
        return CheckFixtures.project("测试项目").budget("50.00").plan(12, 100)
                .row(first[0], first[1], name1, description1, value1, "依据")
                .row("产出指标", "时效指标", "完成时间", "完成时间", "12月底前", "依据")
                .row(second[0], second[1], name2, description2, value2, "依据").build();
    }

    @ParameterizedTest(name = "{1}/{2} vs {5}/{6}")
    @CsvSource(delimiter = '|', value = {
            "社会效益|工作完成率|重点工作完成情况占工作总数量的比率|≥95%|质量|工作完成率|重点工作完成情况占工作总数量的比率|≥90%|名称相同",
            "满意度|满意度|群众满意度|≥90%|社会效益|满意度||≥95%|名称相同",
            "满意度|满意度|群众满意度|≥90%|满意度|满 意 度|群众满意度。|≥90%|名称相同",
            "质量|合格率|合格率|≥95%|质量|合格率|验收合格数量占比|≥95%|名称相同",
            "社会效益|工作完成率|重点工作完成情况占工作总数量的比率|≥95%|可持续|重点工作完成率|重点工作完成情况占工作总数量的比率|≥95%|描述和指标值都相同",
            "数量|补贴发放人数|享受补贴的村级灾害信息员人数|208人|社会效益|补贴发放人数|享受补贴的灾害信息员人数|208人|名称和指标值都相同",
            "数量|受益学生人数|享受营养膳食补助的农村义务教育学生|10,584人|社会效益|营养餐受益学生数|享受营养膳食补助的学生人数|10584人|数值相同、名称相近",
            "数量|扑火队员培训人次|培训|≥240人次|社会效益|扑火队员轮训人次|轮训|≥240人次|数值相同、名称相近",
    })
    void flags(String l1, String n1, String d1, String v1, String l2, String n2, String d2, String v2, String says) {
        assertThat(RuleTestSupport.run(rule, table(l1, n1, d1, v1, l2, n2, d2, v2))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.DUPLICATE_INDICATOR);
            assertThat(f.location()).isEqualTo(Location.row("P0000000001", 2, "name"));
            assertThat(f.message()).contains("第1行").contains(says);
        });
    }

    @ParameterizedTest(name = "{1}/{2} vs {5}/{6}")
    @CsvSource(delimiter = '|', value = {
            "质量|合格率|设备验收合格率|≥95%|质量|合格率|工程验收合格率|≥95%",
            "社会效益|社会效益|完善市政基础设施建设|完善市政基础设施建设|可持续|可持续效益|提升城市形象|提升城市形象",
            "社会效益|工作完成率|重点工作完成情况占工作总数量的比率|≥95%|质量|任务完成率|重点工作完成情况占工作总数量的比率|100%",
            "数量|人员数量|人数|99人|数量|设备数量|人数|99人",
            "数量|培训农民人数|参训农民|100人|社会效益|带动农民就业人数|就业|100人",
            "数量|教师培训人次|全员培训|≥2,000人次|数量|骨干教师研修人次|骨干研修|≤200人次",
            "数量|受益学生人数|受益学生|10584人|质量|受益学生覆盖率|覆盖|100%",
            "社会效益|群众满意度|满意度|≥90%|满意度|群众满意度调查|调查对象|≥90%",
    })
    void doesNotFlag(String l1, String n1, String d1, String v1, String l2, String n2, String d2, String v2) {
        assertThat(RuleTestSupport.run(rule, table(l1, n1, d1, v1, l2, n2, d2, v2))).isEmpty();
    }
}
