package org.jixiao.rectification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.rectification.ApplicationRulesReader;
import org.jixiao.scoring.domain.Grade;
import org.jixiao.shared.FiscalYear;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The result-application rules, table-driven, on the shipped national default and a region's own version. */
class SuggestionTests {

    private static final ApplicationRulesCatalog SHIPPED = ApplicationRulesReader.shipped();
    private static final ApplicationRules NATIONAL = SHIPPED.inForce(new RegionCode("130529"), FiscalYear.of(2024))
            .orElseThrow();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "EXCELLENT, 优先保障",
            "GOOD,      保障",
            "FAIR,      压缩",
            "POOR,      取消"})
    void theGradeSuggestsTheBudgetUseOfRulesMd8(Grade grade, String use) {
        List<Suggestion> s = Suggestion.forTable(NATIONAL, Optional.of(grade), new BigDecimal("100000.00"),
                new BigDecimal("100000.00"));
        assertThat(s).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(Suggestion.Kind.BUDGET_USE);
            assertThat(x.use().label()).isEqualTo(use);
            assertThat(x.text()).contains(grade.label(), use);
        });
    }

    @ParameterizedTest(name = "budget {0}, executed {1} → cut {2}")
    @CsvSource({
            // budget, executed, cut ('' = no 核减), text
            "1000000.00, 950000.00,  '',        ''",
            "1000000.00, 900000.00,  '',        ''",          // exactly at the threshold: no cut
            "1000000.00, 899999.99,  100000.01, 核减预算 100000.01 元",
            "732000.00,  500000.00,  232000.00, 68.31%",
            "100.00,     0.00,       100.00,    未执行比例 100%",
            "100.00,     120.00,     '',        ''"})        // over-spent: no cut
    void executionBelowTheThresholdSuggestsCuttingTheUnspentShare(String budget, String executed, String cut,
                                                                  String text) {
        List<Suggestion> s = Suggestion.forTable(NATIONAL, Optional.empty(), new BigDecimal(budget),
                new BigDecimal(executed));
        if (cut.isEmpty()) {
            assertThat(s).isEmpty();
        } else {
            assertThat(s).singleElement().satisfies(x -> {
                assertThat(x.kind()).isEqualTo(Suggestion.Kind.CUT_UNSPENT);
                assertThat(x.amount()).isEqualByComparingTo(cut);
                assertThat(x.amount().scale()).isEqualTo(2);
                assertThat(x.text()).contains(text);
            });
        }
    }

    @ParameterizedTest(name = "deviation {0} → raise {1}")
    @CsvSource({
            "'',   false",
            "0.00, false",
            "0.30, false",   // at the threshold: not above
            "0.3001, true",
            "0.40, true"})
    void overAchievementAboveTheDeviationThresholdSuggestsRaisingTheTarget(String deviation, boolean raise) {
        Optional<BigDecimal> d = deviation.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(deviation));
        Optional<Suggestion> s = Suggestion.forIndicator(NATIONAL, 3, "≥1000人次", "1400人次", d);
        assertThat(s.isPresent()).isEqualTo(raise);
        s.ifPresent(x -> {
            assertThat(x.kind()).isEqualTo(Suggestion.Kind.RAISE_TARGET);
            assertThat(x.position()).isEqualTo(3);
            assertThat(x.key()).isEqualTo("RAISE_TARGET:3");
            assertThat(x.text()).contains("1400人次", "≥1000人次", "调高");
        });
    }

    @Test
    void rulesAreDataPerRegionAndYear() {
        ApplicationRules sichuan = SHIPPED.inForce(new RegionCode("511421"), FiscalYear.of(2025)).orElseThrow();
        assertThat(sichuan.id()).isEqualTo("sichuan-510000-2025");
        assertThat(SHIPPED.inForce(new RegionCode("511421"), FiscalYear.of(2024)).orElseThrow().id())
                .isEqualTo("national-2019");
        // the same execution (85%) is a cut under the national default (90%) but not under Sichuan's 80%
        assertThat(Suggestion.forTable(NATIONAL, Optional.empty(), new BigDecimal("100"), new BigDecimal("85")))
                .hasSize(1);
        assertThat(Suggestion.forTable(sichuan, Optional.empty(), new BigDecimal("100"), new BigDecimal("85")))
                .isEmpty();
        ApplicationRules strict = new ApplicationRules("t", "t", "", Optional.empty(), 2020, Optional.empty(),
                Map.of(Grade.EXCELLENT, BudgetUse.MAINTAIN, Grade.GOOD, BudgetUse.COMPRESS, Grade.FAIR,
                        BudgetUse.CANCEL, Grade.POOR, BudgetUse.CANCEL), new BigDecimal("0.95"), new BigDecimal("0.10"),
                new BigDecimal("0.85"));
        assertThat(Suggestion.forTable(strict, Optional.of(Grade.EXCELLENT), null, null).get(0).use())
                .isEqualTo(BudgetUse.MAINTAIN);
    }
}
