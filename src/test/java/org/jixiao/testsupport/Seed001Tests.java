package org.jixiao.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.jixiao.testsupport.Seed001.Book;
import org.jixiao.testsupport.Seed001.PlanPoint;
import org.jixiao.testsupport.Seed001.Project;
import org.jixiao.testsupport.Seed001.Row;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seed-001 parser reads the book correctly, and the hand-transcribed demo
 * data {@code /demo/goal-tables-807001-2024.json} agrees with it cell by cell.
 */
class Seed001Tests {

    private static final String DEMO_JSON = "/demo/goal-tables-807001-2024.json";

    private static final Set<String> DOCUMENT_FIELDS = Set.of("kind", "fiscalYear", "unitCode", "unitName",
            "projectCode", "projectName", "budgetWan", "fiscalWan", "otherWan", "purpose", "spendingPlan",
            "goals", "indicators");
    private static final Set<String> INDICATOR_FIELDS = Set.of("level1", "level2", "name", "description",
            "value", "basis", "weight", "formula", "dataSource", "scoringStandard");

    private final Book book = Seed001.load();

    // ------------------------------------------------------------------ parser

    @Test
    void findsNineProjectsWithSixtyThreeIndicatorRows() {
        assertThat(book.projects()).hasSize(9);
        assertThat(book.allIndicators()).hasSize(63);
        assertThat(book.projects()).allSatisfy(p -> {
            assertThat(p.unitCode()).isEqualTo("807001");
            assertThat(p.unitName()).isEqualTo("巨鹿县消防救援大队本级");
            assertThat(p.indicators()).hasSize(7);
            assertThat(p.goals()).hasSize(3);
            assertThat(p.plan()).extracting(PlanPoint::month).containsExactly(3, 6, 10, 12);
            assertThat(p.plan().get(3).percent()).isEqualByComparingTo("100");
            assertThat(p.otherWan()).isNull();
            assertThat(p.fiscalWan()).isEqualTo(p.budgetWan());
            assertThat(p.budgetWan().scale()).isEqualTo(2);
            assertThat(p.purpose()).isNotBlank();
        });
        assertThat(book.projects()).extracting(Project::code).doesNotHaveDuplicates();
        assertThat(book.allIndicators()).allSatisfy(r -> {
            assertThat(r.level1()).isIn("产出指标", "效益指标", "满意度指标");
            assertThat(r.level2()).endsWith("指标");
        });
    }

    @Test
    void budgetsSumTo1500_33() {
        assertThat(book.totalBudgetWan()).isEqualTo(new BigDecimal("1500.33"));
        assertThat(book.projects()).extracting(p -> p.budgetWan().toPlainString()).containsExactly(
                "73.20", "20.00", "17.13", "225.00", "300.00", "15.00", "600.00", "50.00", "200.00");
    }

    @Test
    void spotChecksAgainstTheSeedReadByEye() {
        List<Project> ps = book.projects();
        Project p1 = ps.get(0);
        assertThat(p1.code()).isEqualTo("13052924P00584012429T");
        assertThat(p1.name()).isEqualTo("高危执勤补贴经费");
        assertThat(p1.purpose()).isEqualTo("保障人员高危执勤补贴款。");
        assertThat(p1.goals()).containsExactly("保障单位人员工资正常发放、工作顺利进行", "单位正常运转", "上级工作任务按时完成");
        assertThat(p1.indicators().get(0))
                .isEqualTo(new Row("产出指标", "数量指标", "人员数量", "人员经费（高危补贴）、发放人员数量", "99人", "三定方案"));
        assertThat(p1.indicators().get(2).basis()).isEqualTo("人员高位补贴发放表");

        // goals separated by blank lines and trailing tab runs
        assertThat(ps.get(1).goals()).containsExactly(
                "提高队员积极性、提高工作质量", "打造一支听党指挥能打胜仗的队伍", "为创城打下基础");
        assertThat(ps.get(1).indicators()).filteredOn(r -> r.name().equals("施工时间"))
                .singleElement().extracting(Row::description).isEqualTo("预计2023年12月底前完成");

        assertThat(ps.get(2).indicators().get(1).basis()).isEqualTo("冀财建[2023]247号");
        assertThat(ps.get(2).indicators().get(3).value()).isEqualTo("2.86万元/人");

        assertThat(ps.get(5).indicators()).filteredOn(r -> r.name().equals("发放成功率"))
                .singleElement().extracting(Row::value).isEqualTo("≤95%");

        // project 7: the 经济效益 basis follows a blank line
        assertThat(ps.get(6).indicators().get(5)).isEqualTo(new Row("效益指标", "经济效益指标", "经济效益",
                "促进地方经济发展，提高人民生活水平", "促进地方经济发展，提高人民生活水平", "县委、县政府工作安排"));
        assertThat(ps.get(6).indicators().get(6).level1()).isEqualTo("满意度指标");

        // project 9: plan 30/50/70/100, and the 合格率 row broken across lines
        Project p9 = ps.get(8);
        assertThat(p9.plan()).extracting(pp -> pp.percent().intValueExact()).containsExactly(30, 50, 70, 100);
        assertThat(p9.indicators().get(1)).isEqualTo(
                new Row("产出指标", "质量指标", "合格率", "合格数量占总施工数量的比率", "≥95%", "验收报告"));
        assertThat(p9.indicators().get(2).name()).isEqualTo("新站设备成本");
        assertThat(p9.indicators().get(6).description()).isEqualTo("问卷调查过程中，满意度和较满意的比率");
    }

    @Test
    void departmentGoalsAreTheSixParagraphsOfChaptersOneAndTwo() {
        List<String> goals = book.departmentGoals();
        assertThat(goals).hasSize(6);
        assertThat(goals.get(0)).startsWith("以习近平新时代中国特色社会主义思想指导").endsWith("专项宣传。");
        assertThat(goals.get(2)).startsWith("深入实施消防安全数据战略").endsWith("案件发生率下降。");
        assertThat(goals.get(3)).isEqualTo("加强对指挥系统接警的维护，提高消防科学技术水平，为消防开展业务工作提供技术支持。");
        assertThat(goals.get(4)).startsWith("绩效目标：");
        assertThat(goals.get(5)).startsWith("绩效指标：");
        assertThat(goals).noneMatch(g -> g.contains("加强组织领导") || g.contains("bookmark"));
    }

    @Test
    void parserIsIndependentOfLineEndings() {
        String text = Seed001.readResource();
        assertThat(Seed001.parse(text.replace("\n", "\r\n"))).isEqualTo(book);
    }

    // ------------------------------------------------------------------ demo JSON

    @Test
    void demoJsonAgreesWithTheSeedCellByCell() throws IOException {
        String raw = readDemoJson();
        JsonNode docs = JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build()
                .readTree(raw);

        assertThat(docs.isArray()).isTrue();
        assertThat(docs.size()).isEqualTo(1 + book.projects().size());
        SoftAssertions soft = new SoftAssertions();

        JsonNode dept = docs.get(0);
        soft.assertThat(names(dept)).as("department fields").containsExactlyInAnyOrderElementsOf(DOCUMENT_FIELDS);
        soft.assertThat(text(dept, "kind")).as("department kind").isEqualTo("DEPARTMENT");
        soft.assertThat(dept.get("fiscalYear").intValue()).as("department fiscalYear").isEqualTo(2024);
        soft.assertThat(text(dept, "unitCode")).as("department unitCode").isEqualTo("807001");
        soft.assertThat(text(dept, "unitName")).as("department unitName").isEqualTo("巨鹿县消防救援大队本级");
        for (String f : List.of("projectCode", "projectName", "budgetWan", "fiscalWan", "otherWan", "purpose")) {
            soft.assertThat(dept.get(f).isNull()).as("department " + f + " is null").isTrue();
        }
        soft.assertThat(dept.get("spendingPlan").size()).as("department spendingPlan").isZero();
        soft.assertThat(dept.get("indicators").size()).as("department indicators").isZero();
        soft.assertThat(strings(dept.get("goals"))).as("department goals")
                .containsExactlyElementsOf(book.departmentGoals());

        for (int i = 0; i < book.projects().size(); i++) {
            Project p = book.projects().get(i);
            JsonNode doc = docs.get(i + 1);
            String at = "project " + (i + 1) + " (" + p.code() + ") ";
            soft.assertThat(names(doc)).as(at + "fields").containsExactlyInAnyOrderElementsOf(DOCUMENT_FIELDS);
            soft.assertThat(text(doc, "kind")).as(at + "kind").isEqualTo("PROJECT");
            soft.assertThat(doc.get("fiscalYear").intValue()).as(at + "fiscalYear").isEqualTo(2024);
            soft.assertThat(text(doc, "unitCode")).as(at + "unitCode").isEqualTo(p.unitCode());
            soft.assertThat(text(doc, "unitName")).as(at + "unitName").isEqualTo(p.unitName());
            soft.assertThat(text(doc, "projectCode")).as(at + "projectCode").isEqualTo(p.code());
            soft.assertThat(text(doc, "projectName")).as(at + "projectName").isEqualTo(p.name());
            soft.assertThat(decimal(doc, "budgetWan")).as(at + "budgetWan").isEqualTo(p.budgetWan());
            soft.assertThat(decimal(doc, "fiscalWan")).as(at + "fiscalWan").isEqualTo(p.fiscalWan());
            soft.assertThat(decimal(doc, "otherWan")).as(at + "otherWan").isEqualTo(p.otherWan());
            soft.assertThat(text(doc, "purpose")).as(at + "purpose").isEqualTo(p.purpose());
            // money written literally with the seed's two decimals
            soft.assertThat(raw).as(at + "budgetWan literal")
                    .containsPattern("\"projectCode\": \"" + p.code() + "\",[^{]*\"budgetWan\": "
                            + Pattern.quote(p.budgetWan().toPlainString()) + ",");

            JsonNode plan = doc.get("spendingPlan");
            soft.assertThat(plan.size()).as(at + "spendingPlan size").isEqualTo(p.plan().size());
            for (int k = 0; k < Math.min(plan.size(), p.plan().size()); k++) {
                soft.assertThat(plan.get(k).get("month").intValue()).as(at + "plan[" + k + "].month")
                        .isEqualTo(p.plan().get(k).month());
                soft.assertThat(plan.get(k).get("percent").decimalValue()).as(at + "plan[" + k + "].percent")
                        .isEqualByComparingTo(p.plan().get(k).percent());
            }

            soft.assertThat(strings(doc.get("goals"))).as(at + "goals").containsExactlyElementsOf(p.goals());

            JsonNode rows = doc.get("indicators");
            soft.assertThat(rows.size()).as(at + "indicator count").isEqualTo(p.indicators().size());
            for (int r = 0; r < Math.min(rows.size(), p.indicators().size()); r++) {
                JsonNode row = rows.get(r);
                Row seed = p.indicators().get(r);
                String cell = at + "indicator " + (r + 1) + " ";
                soft.assertThat(names(row)).as(cell + "fields").containsExactlyInAnyOrderElementsOf(INDICATOR_FIELDS);
                soft.assertThat(text(row, "level1")).as(cell + "level1").isEqualTo(seed.level1());
                soft.assertThat(text(row, "level2")).as(cell + "level2").isEqualTo(seed.level2());
                soft.assertThat(text(row, "name")).as(cell + "name").isEqualTo(seed.name());
                soft.assertThat(text(row, "description")).as(cell + "description").isEqualTo(seed.description());
                soft.assertThat(text(row, "value")).as(cell + "value").isEqualTo(seed.value());
                soft.assertThat(text(row, "basis")).as(cell + "basis").isEqualTo(seed.basis());
                for (String f : List.of("weight", "formula", "dataSource", "scoringStandard")) {
                    soft.assertThat(row.get(f).isNull()).as(cell + f + " is null").isTrue();
                }
            }
        }
        soft.assertAll();
    }

    private static String readDemoJson() throws IOException {
        try (InputStream in = Seed001Tests.class.getResourceAsStream(DEMO_JSON)) {
            assertThat(in).as(DEMO_JSON + " on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> names(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.stringValue();
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.decimalValue();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.values().forEach(v -> out.add(v.stringValue()));
        return out;
    }
}
