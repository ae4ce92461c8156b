package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.scoring.domain.DepartmentEvaluation;
import org.jixiao.scoring.domain.DepartmentScore;
import org.jixiao.scoring.domain.DepartmentScorer;
import org.jixiao.scoring.domain.DepartmentTemplate;
import org.jixiao.scoring.domain.Grade;
import org.jixiao.scoring.domain.LeafInput;
import org.jixiao.scoring.domain.TemplateNode;
import org.jixiao.shared.FiscalYear;
import org.junit.jupiter.api.Test;

/**
 * seed 004: 昆明市应急管理局 2020, 部门决策 35 / 部门管理 20 / 部门绩效 45 with its 二级 weights. The report prints a
 * total of 98.8分, but its own printed parts (决策 35, 管理 20, 绩效 44.1 = 26.7 + 12 + 5.4) add up to 99.1; the engine
 * adds what is printed and says so.
 */
class KunmingSeed004Tests {

    private static final DepartmentTemplate TEMPLATE = ScoringTemplateReader.readDepartment(
            ScoringTemplateReader.shippedResource("kunming-2020-department.json"));

    @Test
    void theStructureOfSeed004() {
        assertThat(TEMPLATE.roots()).extracting(TemplateNode::name, TemplateNode::weight).containsExactly(
                tuple("部门决策", new BigDecimal("35")), tuple("部门管理", new BigDecimal("20")),
                tuple("部门绩效", new BigDecimal("45")));
        assertThat(TEMPLATE.leaves()).extracting(TemplateNode::name, n -> n.weight().intValue()).containsExactly(
                tuple("部门目标", 12), tuple("部门职能", 10), tuple("资源配置", 13),
                tuple("预算管理", 7), tuple("财务管理", 6), tuple("人力资源管理", 2), tuple("资产管理", 2),
                tuple("业务管理", 3),
                tuple("部门产出", 27), tuple("部门效果", 12), tuple("部门可持续发展", 6));
        assertThat(TEMPLATE.node("2.1").orElseThrow().description()).startsWith("主要考核基本支出预算执行情况");
    }

    @Test
    void thePrintedPartsAddUpTo991NotToThePrinted988() {
        String[][] printed = {{"1.1", "12"}, {"1.2", "10"}, {"1.3", "13"}, {"2.1", "7"}, {"2.2", "6"},
                {"2.3", "2"}, {"2.4", "2"}, {"2.5", "3"}, {"3.1", "26.7"}, {"3.2", "12"}, {"3.3", "5.4"}};
        Map<String, DepartmentEvaluation.Entry> entries = new HashMap<>();
        for (String[] line : printed) {
            entries.put(line[0], DepartmentEvaluation.Entry.of(new LeafInput.Judgement(new BigDecimal(line[1]), null,
                    "按《昆明市应急管理局2020年部门整体支出绩效自评指标体系》逐条考核打分")));
        }

        DepartmentScore result = new DepartmentScorer().score(new DepartmentEvaluation(TEMPLATE.id(), entries),
                TEMPLATE, ScoringPolicyReader.shipped().inForce(new RegionCode("530100"), FiscalYear.of(2020))
                        .orElseThrow());

        assertThat(result.violations()).isEmpty();
        assertThat(result.node("1").score()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("35"));
        assertThat(result.node("2").score()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("20"));
        assertThat(result.node("3").score()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("44.1"));
        assertThat(result.total()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("99.1")
                .isNotEqualByComparingTo("98.8"));
        assertThat(result.grade()).contains(Grade.EXCELLENT);
    }
}
