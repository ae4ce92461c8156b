package org.jixiao.checks.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jixiao.checks.domain.CheckFixtures;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.Location;
import org.jixiao.checks.domain.RuleId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MissingCategoryRuleTests {

    private final MissingCategoryRule rule = new MissingCategoryRule(RuleTestSupport.CONFIG);

    private static final String[][] FULL = {
            {"产出指标", "数量指标", "施工数量", "新建消火栓数量", "≥50座"},
            {"产出指标", "质量指标", "合格率", "合格数量占比", "≥95%"},
            {"产出指标", "时效指标", "施工时间", "完成时间", "12月底前"},
            {"产出指标", "成本指标", "所需成本", "预计所需成本", "≤50万元"},
            {"效益指标", "社会效益指标", "社会效益", "改善人居环境", "改善人居环境"},
            {"效益指标", "可持续影响指标", "可持续效益", "提升城市形象", "提升城市形象"},
            {"满意度指标", "服务对象满意度指标", "满意度", "群众满意度", "≥90%"},
    };

    /** The full table without the rows whose 二级 is listed. */
    private static CheckedTable without(String... level2) {
        CheckFixtures f = CheckFixtures.project("消火栓建设及维护经费").budget("50.00").plan(12, 100);
        for (String[] row : FULL) {
            if (!List.of(level2).contains(row[1])) {
                f.row(row[0], row[1], row[2], row[3], row[4], "依据");
            }
        }
        return f.build();
    }

    @Test
    void aCompleteTableHasNoFinding() {
        assertThat(RuleTestSupport.run(rule, without())).isEmpty();
    }

    @ParameterizedTest(name = "without {0}")
    @CsvSource(delimiter = '|', value = {
            "数量指标|产出指标下缺少二级指标“数量指标”。",
            "质量指标|产出指标下缺少二级指标“质量指标”。",
            "时效指标|产出指标下缺少二级指标“时效指标”。",
            "成本指标|缺少“成本指标”类指标。",
            "服务对象满意度指标|缺少一级指标“满意度指标”。",
    })
    void reportsEachMissingCategoryOnce(String missing, String message) {
        List<Finding> findings = RuleTestSupport.run(rule, without(missing));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.MISSING_CATEGORY);
            assertThat(f.location()).isEqualTo(Location.table("P0000000001", "indicators"));
            assertThat(f.message()).isEqualTo(message);
            assertThat(f.suggestion()).startsWith("按模板补充");
        });
    }

    @Test
    void aMissingFirstLevelIsNotReportedAgainForItsSecondLevels() {
        List<Finding> findings = RuleTestSupport.run(rule, without("社会效益指标", "可持续影响指标"));

        assertThat(findings).extracting(Finding::message).containsExactly("缺少一级指标“效益指标”。");
    }

    @Test
    void withoutOutputTheCostIsStillAskedFor() {
        List<Finding> findings = RuleTestSupport.run(rule, without("数量指标", "质量指标", "时效指标", "成本指标"));

        assertThat(findings).extracting(Finding::message)
                .containsExactly("缺少一级指标“产出指标”。", "缺少“成本指标”类指标。");
    }

    @Test
    void costAsAFirstLevelSatisfiesTheCostRequirement() {
        CheckFixtures f = CheckFixtures.project("测试").budget("50.00").plan(12, 100);
        for (String[] row : FULL) {
            if (row[1].equals("成本指标")) {
                f.row("成本指标", "经济成本指标", row[2], row[3], row[4], "依据");
            } else {
                f.row(row[0], row[1], row[2], row[3], row[4], "依据");
            }
        }
        assertThat(RuleTestSupport.run(rule, f.build())).isEmpty();
    }

    @Test
    void anEmptyProjectTableGetsOneFinding() {
        CheckedTable empty = CheckFixtures.project("测试").budget("50.00").plan(12, 100).build();

        assertThat(RuleTestSupport.run(rule, empty)).extracting(Finding::message).containsExactly("未填写任何绩效指标。");
    }

    @Test
    void departmentTablesNeedIndicatorsButNoCategoriesByDefault() {
        CheckedTable department = CheckFixtures.department()
                .row("履职效能", "重点工作", "出警次数", "全年出警次数", "≥300次", "历史数据").build();

        assertThat(RuleTestSupport.run(rule, department)).isEmpty();
        assertThat(RuleTestSupport.run(rule, CheckFixtures.department().goals("全县消防工作整体效能明显提升").build()))
                .singleElement().satisfies(f -> {
                    assertThat(f.location()).isEqualTo(Location.table(null, "indicators"));
                    assertThat(f.message()).isEqualTo("未填写任何绩效指标。");
                });
    }
}
