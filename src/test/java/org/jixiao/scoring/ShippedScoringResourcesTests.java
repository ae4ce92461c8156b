package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.jixiao.indicators.domain.Level1Category;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.scoring.domain.Grade;
import org.jixiao.scoring.domain.PolicyCatalog;
import org.jixiao.scoring.domain.ProjectTemplate;
import org.jixiao.scoring.domain.ScoringFixtures;
import org.jixiao.scoring.domain.ScoringPolicy;
import org.jixiao.shared.FiscalYear;
import org.junit.jupiter.api.Test;

/** The policies and templates shipped as JSON load, and the catalogue picks the version in force. */
class ShippedScoringResourcesTests {

    private final PolicyCatalog catalog = ScoringPolicyReader.shipped();

    @Test
    void theDefaultPolicyIsTheOneTheDomainTestsUse() {
        ScoringPolicy shipped = catalog.byId("default-2020").orElseThrow();
        ScoringPolicy fixture = ScoringFixtures.defaultPolicy();

        assertThat(shipped.region()).isEmpty();
        assertThat(shipped.weights()).isEqualTo(fixture.weights());
        assertThat(shipped.weights().level(Level1Category.OUTPUT)).isEqualByComparingTo("50");
        assertThat(shipped.executionReasonBelow()).isEqualByComparingTo(fixture.executionReasonBelow());
        assertThat(shipped.deviationThreshold()).isEqualByComparingTo(fixture.deviationThreshold());
        assertThat(shipped.reverseFormula()).isEqualTo(fixture.reverseFormula());
        assertThat(shipped.gradeBands().describe()).isEqualTo(fixture.gradeBands().describe());
        assertThat(shipped.qualitativeBands().interval(
                org.jixiao.scoring.domain.QualitativeBand.ACHIEVED, BigDecimal.TEN)).isEqualTo("[8.00, 10.00]");
    }

    @Test
    void theRegionsOwnVersionWinsWhereItIsInForce() {
        ScoringPolicy wushan2024 = catalog.inForce(new RegionCode("620524"), FiscalYear.of(2024)).orElseThrow();
        ScoringPolicy wushan2023 = catalog.inForce(new RegionCode("620524"), FiscalYear.of(2023)).orElseThrow();
        ScoringPolicy wushanNineDigits = catalog.inForce(new RegionCode("620524000"), FiscalYear.of(2025)).orElseThrow();
        ScoringPolicy panyu = catalog.inForce(new RegionCode("440113"), FiscalYear.of(2024)).orElseThrow();

        assertThat(wushan2024.id()).isEqualTo("wushan-620524-2024");
        assertThat(wushanNineDigits.id()).isEqualTo("wushan-620524-2024");
        assertThat(wushan2023.id()).isEqualTo("default-2020");
        assertThat(panyu.id()).isEqualTo("default-2020");
        // seed 000: 武山县消防救援大队 2024 自评 84.47分 = 优
        assertThat(wushan2024.gradeBands().grade(new BigDecimal("84.47"))).isEqualTo(Grade.EXCELLENT);
        assertThat(panyu.gradeBands().grade(new BigDecimal("84.47"))).isEqualTo(Grade.GOOD);
        assertThat(catalog.inForce(new RegionCode("440113"), FiscalYear.of(2019))).isEmpty();
    }

    @Test
    void theProjectTemplateOfCaiYu2020No10() {
        ProjectTemplate template = ScoringTemplateReader.readProject(
                ScoringTemplateReader.shippedResource("project-2020-10.json"));

        assertThat(template.weights()).isEmpty();
        assertThat(template.weightsUnder(catalog.byId("default-2020").orElseThrow()).execution())
                .isEqualByComparingTo("10");
        assertThat(template.levels()).extracting(ProjectTemplate.Level1::label)
                .containsExactly("产出指标", "效益指标", "满意度指标");
        assertThat(template.level(Level1Category.OUTPUT).orElseThrow().level2())
                .containsExactly("数量指标", "质量指标", "时效指标", "成本指标");
        assertThat(ScoringTemplateReader.shippedProjectTemplates()).hasSize(1);
        assertThat(ScoringTemplateReader.shippedDepartmentTemplates()).extracting(t -> t.id())
                .containsExactlyInAnyOrder("panyu-2024-department", "kunming-2020-department");
    }
}
