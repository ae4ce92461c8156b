package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jixiao.evaluation.domain.DepartmentFields;
import org.jixiao.evaluation.domain.DepartmentInput;
import org.jixiao.evaluation.domain.DepartmentInputParser;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.scoring.ScoringPolicyReader;
import org.jixiao.scoring.ScoringTemplateReader;
import org.jixiao.scoring.domain.DepartmentScore;
import org.jixiao.scoring.domain.DepartmentScorer;
import org.jixiao.scoring.domain.DepartmentTemplate;
import org.jixiao.scoring.domain.DepartmentTemplateCatalog;
import org.jixiao.scoring.domain.Grade;
import org.jixiao.scoring.domain.ScoringPolicy;
import org.jixiao.scoring.domain.ScoringViolation;
import org.jixiao.shared.FiscalYear;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The department inputs as typed (the demo document of seed 002 and of 807001) read against the shipped templates
 * and scored by the engine; every kind of bad text refused at its field, partly filled lines required.
 */
class DepartmentInputParserTests {

    private static final DepartmentTemplateCatalog CATALOG = ScoringTemplateReader.departmentCatalog(
            ScoringTemplateReader.SHIPPED);
    private static final DepartmentTemplate PANYU = CATALOG.find("panyu-2024-department", 1).orElseThrow().template();
    private static final ScoringPolicy POLICY = ScoringPolicyReader.shipped()
            .inForce(new RegionCode("440113"), FiscalYear.of(2024)).orElseThrow();

    private static JsonNode demo(String unit) throws Exception {
        try (InputStream in = new ClassPathResource("demo/department-evaluations-2024.json").getInputStream()) {
            for (JsonNode doc : JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build()
                    .readTree(in)) {
                if (doc.get("unitCode").asString().equals(unit)) {
                    return doc;
                }
            }
        }
        throw new AssertionError(unit);
    }

    private static DepartmentInput panyu() throws Exception {
        DepartmentInputJsonReader reader = new DepartmentInputJsonReader();
        DepartmentInput input = reader.read(demo("PY001"));
        assertThat(reader.violations()).isEmpty();
        return input;
    }

    private static DepartmentScore score(DepartmentInput input) {
        DepartmentInputParser.Parsed parsed = DepartmentInputParser.parse(PANYU, input);
        return new DepartmentScorer().score(parsed.evaluation(), PANYU, POLICY);
    }

    private static DepartmentInput with(DepartmentInput input, String leaf, String field, String value) {
        Map<String, Map<String, String>> leaves = new HashMap<>();
        input.leaves().forEach((k, v) -> leaves.put(k, new LinkedHashMap<>(v)));
        leaves.computeIfAbsent(leaf, k -> new LinkedHashMap<>()).put(field, value);
        return new DepartmentInput(input.version(), leaves);
    }

    @Test
    void seed002AsTypedScores9394Excellent() throws Exception {
        DepartmentInputParser.Parsed parsed = DepartmentInputParser.parse(PANYU, panyu());
        assertThat(parsed.violations()).isEmpty();
        DepartmentScore score = new DepartmentScorer().score(parsed.evaluation(), PANYU, POLICY);

        assertThat(score.violations()).isEmpty();
        assertThat(score.total()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("93.94"));
        assertThat(score.grade()).contains(Grade.EXCELLENT);
        assertThat(score.node("1.1.3").score()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("6.5"));
        assertThat(score.node("2.5.1").score()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("2.5"));
        assertThat(score.node("2.6.7").score()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.94"));
        assertThat(score.node("2.6.7").explanation().render()).contains("比率（分子/分母） 93.65%");
        assertThat(score.node("2.8.1").explanation().render()).contains("控制率 -37.6%");
        // thousands separators are read: 248,458,324.51 / 248,458,324.51 = 100 %
        assertThat(score.node("2.7.6").score()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("2"));
    }

    @Test
    void the807001DemoScoresWithTheNationalTemplate() throws Exception {
        DepartmentTemplateCatalog.Entry entry = CATALOG.preferred(new RegionCode("130529"), FiscalYear.of(2024))
                .orElseThrow();
        assertThat(entry.template().id()).isEqualTo("kunming-2020-department");
        DepartmentInput input = new DepartmentInputJsonReader().read(demo("807001"));
        DepartmentInputParser.Parsed parsed = DepartmentInputParser.parse(entry.template(), input);
        DepartmentScore score = new DepartmentScorer().score(parsed.evaluation(), entry.template(), POLICY);

        assertThat(parsed.violations()).isEmpty();
        assertThat(score.violations()).isEmpty();
        assertThat(score.total()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("94.00"));
        assertThat(score.node("3.1").explanation().render()).contains("评分依据", "空气呼吸器");
    }

    @Test
    void theRegionsOwnTemplateComesFirst() {
        assertThat(CATALOG.inForce(new RegionCode("440113"), FiscalYear.of(2024)))
                .extracting(e -> e.template().id()).containsExactly("panyu-2024-department", "kunming-2020-department");
        assertThat(CATALOG.inForce(new RegionCode("440113001"), FiscalYear.of(2024)).get(0).template().id())
                .isEqualTo("panyu-2024-department");
        assertThat(CATALOG.inForce(new RegionCode("440113"), FiscalYear.of(2023)))
                .extracting(e -> e.template().id()).containsExactly("kunming-2020-department");
        assertThat(CATALOG.inForce(new RegionCode("440113"), FiscalYear.of(2019))).isEmpty();
    }

    @Test
    void badTextIsRefusedAtItsFieldWithEveryProblemAtOnce() throws Exception {
        DepartmentInput input = panyu();
        input = with(input, "2.6.7", "numerator", "六百");
        input = with(input, "2.6.3", "answer", "也许");
        input = with(input, "2.3.1", "auditIssue", "-1");
        input = with(input, "1.1.3", "average", "120人");
        input = with(input, "1.1.2", "items[4].band", "优秀");
        input = with(input, "1.1.2", "items[4].share", "90%");
        input = with(input, "2.7.4", "score", "2.5");
        input = with(input, "2.7.4", "colour", "红");
        input = with(input, "9.9.9", "value", "1");

        DepartmentInputParser.Parsed parsed = DepartmentInputParser.parse(PANYU, input);
        DepartmentScore score = new DepartmentScorer().score(parsed.evaluation(), PANYU, POLICY);

        assertThat(parsed.violations()).filteredOn(v -> v.kind() == ScoringViolation.Kind.REFUSED)
                .extracting(ScoringViolation::path)
                .containsExactlyInAnyOrder("9.9.9", "2.7.4.colour", "2.6.7.numerator", "2.6.3.answer",
                        "2.3.1.auditIssue", "1.1.3.average", "1.1.2.items[4].band");
        assertThat(parsed.violations()).extracting(ScoringViolation::message)
                .anyMatch(m -> m.contains("「采购政策效能」应填写数字，填写的「六百」无法识别"))
                .anyMatch(m -> m.contains("请回答“是”或“否”"));
        // the engine refuses a judged score above the 分值
        assertThat(score.violations()).extracting(ScoringViolation::path).contains("2.7.4.score");
        assertThat(score.total()).isEmpty();
        assertThat(score.node("2.6.7").score()).isEmpty();
    }

    @Test
    void aPartlyFilledLineIsRequiredNotRefused() throws Exception {
        DepartmentInput input = with(panyu(), "2.8.1", "actual", "");
        input = with(input, "1.1.1", "items[3].name", "新增指标");
        input = with(input, "1.1.1", "items[3].target", "10");

        DepartmentInputParser.Parsed parsed = DepartmentInputParser.parse(PANYU, input);

        assertThat(parsed.refused()).isFalse();
        assertThat(parsed.violations()).extracting(v -> v.kind() + " " + v.path())
                .containsExactlyInAnyOrder("REQUIRED 2.8.1.actual", "REQUIRED 1.1.1.items[3].actual");
        assertThat(score(input).total()).isEmpty();
    }

    @Test
    void aLowerCompletionLowersTheLineAndTheTotal() throws Exception {
        // 3 indicators, one at 70 %: (1 + 1 + 0.7) / 3 × 20 = 18.00
        DepartmentScore score = score(with(panyu(), "1.1.1", "items[2].actual", "0.7"));
        assertThat(score.node("1.1.1").score()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("18.00"));
        assertThat(score.total()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("91.94"));
    }

    @Test
    void everyFieldTheFormShowsIsKnown() {
        for (var leaf : PANYU.leaves()) {
            for (var field : DepartmentFields.of(leaf, 2)) {
                assertThat(DepartmentFields.known(leaf, field.key())).as(leaf.code() + " " + field.key()).isTrue();
            }
        }
        assertThat(DepartmentFields.known(PANYU.node("1.1.1").orElseThrow(), "items[17].target")).isTrue();
        assertThat(DepartmentFields.known(PANYU.node("2.6.7").orElseThrow(), "items[0].target")).isFalse();
    }
}
