package org.jixiao.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.goals.domain.Indicator;
import org.jixiao.goals.domain.ParsedGoalTable;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.scoring.ScoringPolicyReader;
import org.jixiao.scoring.ScoringTemplateReader;
import org.jixiao.scoring.domain.Grade;
import org.jixiao.scoring.domain.ProjectScorer;
import org.jixiao.scoring.domain.ProjectTemplate;
import org.jixiao.scoring.domain.ScoringPolicy;
import org.jixiao.scoring.domain.ScoringViolation;
import org.jixiao.shared.FiscalYear;
import org.jixiao.testsupport.DemoTables;
import org.junit.jupiter.api.Test;

/** The self-evaluation of seed 001's 高危执勤补贴经费 (no 分值 in the table) under the national default policy. */
class SelfEvaluationScorerTests {

    private static final FiscalYear YEAR = FiscalYear.of(2024);
    private final ProjectTemplate template = ScoringTemplateReader.shippedProjectTemplates().stream()
            .filter(t -> t.id().equals("project-2020-10")).findFirst().orElseThrow();
    private final ScoringPolicy policy = ScoringPolicyReader.shipped().inForce(new RegionCode("130529"), YEAR).orElseThrow();
    private final SelfEvaluationScorer scorer = new SelfEvaluationScorer(new ProjectScorer());
    // 人员数量 99人, 发放成功率 100%, 发放及时率 每月25号, 所需成本 73.2万元, 工作完成率 ≥95%, 经济效益 (定性), 满意度 ≥97%
    private final List<Indicator> indicators = highRiskAllowance();

    private static List<Indicator> highRiskAllowance() {
        return DemoTables.parsed().stream().filter(t -> t.project() != null && t.project().name().equals("高危执勤补贴经费"))
                .findFirst().map(ParsedGoalTable::content).orElseThrow().indicators();
    }

    private static SelfEvaluationInput.Row actual(String actual) {
        return new SelfEvaluationInput.Row(actual, "", "", false, "", "", "");
    }

    private List<SelfEvaluationInput.Row> allMet() {
        List<SelfEvaluationInput.Row> rows = new ArrayList<>(List.of(actual("99"), actual("100%"), actual("2024-12-25"),
                actual("73.2"), actual("98%"),
                new SelfEvaluationInput.Row("达成年度指标", "", "14", false, "", "", ""), actual("98")));
        return rows;
    }

    private ScoredSelfEvaluation score(String executed, List<SelfEvaluationInput.Row> rows) {
        return scorer.score("高危执勤补贴经费", YEAR, indicators, new SelfEvaluationInput(0L, "73.2", executed, "", rows),
                template, policy);
    }

    @Test
    void spreadsThePolicyWeightsEvenlyAndScoresEveryLine() {
        ScoredSelfEvaluation scored = score("73.2", allMet());
        assertThat(scored.weightsFromTable()).isFalse();
        assertThat(scored.rows()).extracting(ScoredSelfEvaluation.RowResult::weight).extracting(BigDecimal::toPlainString)
                .containsExactly("12.50", "12.50", "12.50", "12.50", "15.00", "15.00", "10.00");
        assertThat(scored.rows().get(0).explanation().notes()).anyMatch(n -> n.contains("平均分配"));
        assertThat(scored.rows().get(2).kind()).isEqualTo(AssessmentKind.DEADLINE);
        assertThat(scored.rows().get(2).result()).contains(new BigDecimal("12.50"));
        assertThat(scored.total()).contains(new BigDecimal("99.00"));
        assertThat(scored.grade()).contains(Grade.EXCELLENT);
        assertThat(scored.blocking()).isEmpty();
    }

    @Test
    void aLowerActualLowersTheLineAndTheTotal() {
        List<SelfEvaluationInput.Row> rows = allMet();
        rows.set(0, actual("90人"));
        ScoredSelfEvaluation scored = score("73.2", rows);
        assertThat(scored.rows().get(0).result()).contains(new BigDecimal("11.36"));
        assertThat(scored.rows().get(0).explanation().render()).contains("实际完成值 90", "11.36");
        assertThat(scored.total()).contains(new BigDecimal("97.86"));
    }

    @Test
    void aMissingActualLeavesTheTotalEmptyButIsNoRefusal() {
        List<SelfEvaluationInput.Row> rows = allMet();
        rows.set(4, actual(""));
        ScoredSelfEvaluation scored = score("", rows);
        assertThat(scored.total()).isEmpty();
        assertThat(scored.rows().get(4).complete()).isFalse();
        assertThat(scored.blocking()).isEmpty();
        assertThat(scored.violations()).extracting(ScoringViolation::path)
                .contains("indicators[4].actual", "execution.executed");
    }

    @Test
    void refusesEveryUnreadableValueAtOnceAndAJudgedScoreOutsideItsBand() {
        List<SelfEvaluationInput.Row> rows = allMet();
        rows.set(0, actual("很多"));
        rows.set(1, actual("98人"));
        rows.set(2, actual("年底"));
        rows.set(5, new SelfEvaluationInput.Row("达成年度指标", "", "10", false, "", "", ""));
        ScoredSelfEvaluation scored = score("七十", rows);
        assertThat(scored.blocking()).extracting(ScoringViolation::path).containsExactlyInAnyOrder(
                "execution.executed", "indicators[0].actual", "indicators[1].actual", "indicators[2].actual",
                "indicators[5].score");
        assertThat(scored.blocking()).filteredOn(v -> v.path().equals("indicators[5].score")).singleElement()
                .extracting(ScoringViolation::message).asString().contains("[12.00, 15.00]");
    }

    @Test
    void aLateCompletionIsJudgedInABand() {
        List<SelfEvaluationInput.Row> rows = allMet();
        rows.set(2, new SelfEvaluationInput.Row("2025-01-10", "部分达成年度指标并具有一定效果", "8", false, "", "", ""));
        ScoredSelfEvaluation scored = score("73.2", rows);
        assertThat(scored.rows().get(2).result()).contains(new BigDecimal("8.00"));
        assertThat(scored.rows().get(2).explanation().notes()).anyMatch(n -> n.contains("晚于时限"));
        rows.set(2, actual("2025-01-10"));
        assertThat(score("73.2", rows).rows().get(2).complete()).isFalse();
    }

    @Test
    void overAchievementRequiresADeviationReason() {
        List<SelfEvaluationInput.Row> rows = allMet();
        rows.set(0, actual("140"));
        ScoredSelfEvaluation scored = score("73.2", rows);
        assertThat(scored.violations()).extracting(ScoringViolation::path).contains("indicators[0].deviationReason");
        assertThat(scored.blocking()).isEmpty();
    }

    @Test
    void aNotApplicableIndicatorIsLeftOutAndTheTotalReBasedTo100() {
        List<SelfEvaluationInput.Row> rows = allMet();
        rows.set(6, new SelfEvaluationInput.Row("本年度未开展满意度调查", "", "", true, "", "", ""));
        ScoredSelfEvaluation scored = score("73.2", rows);
        assertThat(scored.rows().get(6).kind()).isEqualTo(AssessmentKind.NOT_APPLICABLE);
        assertThat(scored.rows().get(6).result()).isEmpty();
        assertThat(scored.rows().get(6).explanation().render()).contains("本年度未开展满意度调查");
        // (10 + 4 × 12.5 + 15 + 14) / 90 × 100
        assertThat(scored.total()).contains(new BigDecimal("98.89"));
    }

    @Test
    void theTablesOwnWeightsAreUsedWhenEveryIndicatorHasOne() {
        List<BigDecimal> weights = List.of(new BigDecimal("20"), new BigDecimal("10"), new BigDecimal("10"),
                new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("10"), new BigDecimal("10"));
        List<Indicator> weighted = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator x = indicators.get(i);
            weighted.add(new Indicator(x.level1(), x.level2(), x.name(), x.description(), x.value(), x.basis(),
                    weights.get(i), x.formula(), x.dataSource(), x.scoringStandard()));
        }
        List<SelfEvaluationInput.Row> rows = allMet();
        rows.set(5, new SelfEvaluationInput.Row("达成年度指标", "", "9", false, "", "", ""));
        ScoredSelfEvaluation scored = scorer.score("高危执勤补贴经费", YEAR, weighted,
                new SelfEvaluationInput(0L, "73.2", "73.2", "", rows), template, policy);
        assertThat(scored.weightsFromTable()).isTrue();
        assertThat(scored.rows().get(0).explanation().notes()).noneMatch(n -> n.contains("平均分配"));
        assertThat(scored.total()).contains(new BigDecimal("99.00"));
    }

    @Test
    void aJudgedResultMayBeDescribedInWordsWithTheBandGivenSeparately() {
        List<SelfEvaluationInput.Row> rows = allMet();
        rows.set(5, new SelfEvaluationInput.Row("带动就业20人", "PARTLY_ACHIEVED", "10", false, "", "", ""));
        ScoredSelfEvaluation scored = score("73.2", rows);
        assertThat(scored.rows().get(5).band()).isEqualTo(org.jixiao.scoring.domain.QualitativeBand.PARTLY_ACHIEVED);
        assertThat(scored.rows().get(5).result()).contains(new BigDecimal("10.00"));
        rows.set(5, new SelfEvaluationInput.Row("带动就业20人", "", "10", false, "", "", ""));
        assertThat(score("73.2", rows).blocking()).extracting(ScoringViolation::path).containsExactly("indicators[5].actual");
    }

    @Test
    void readsTheUsualWaysOfWritingADate() {
        assertThat(SelfEvaluationScorer.date("2024年12月20日", 2024)).isEqualTo(LocalDate.of(2024, 12, 20));
        assertThat(SelfEvaluationScorer.date("12月20日", 2024)).isEqualTo(LocalDate.of(2024, 12, 20));
        assertThat(SelfEvaluationScorer.date("2024/1/5", 2024)).isEqualTo(LocalDate.of(2024, 1, 5));
        assertThat(SelfEvaluationScorer.date("11月底", 2024)).isEqualTo(LocalDate.of(2024, 11, 30));
        assertThat(SelfEvaluationScorer.date("2月30日", 2024)).isNull();
        assertThat(SelfEvaluationScorer.date("年底", 2024)).isNull();
    }
}
