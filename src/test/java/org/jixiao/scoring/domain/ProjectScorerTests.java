package org.jixiao.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.scoring.domain.ScoringFixtures.d;
import static org.jixiao.scoring.domain.ScoringFixtures.defaultPolicy;
import static org.jixiao.scoring.domain.ScoringFixtures.execution;
import static org.jixiao.scoring.domain.ScoringFixtures.fullTable;
import static org.jixiao.scoring.domain.ScoringFixtures.judged;
import static org.jixiao.scoring.domain.ScoringFixtures.measured;
import static org.jixiao.scoring.domain.ScoringFixtures.notApplicable;
import static org.jixiao.scoring.domain.ScoringFixtures.projectTemplate;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.jixiao.indicators.domain.Comparator;
import org.jixiao.indicators.domain.Level1Category;
import org.jixiao.scoring.domain.ProjectSelfEvaluation.ReviewerDeduction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Project self-evaluation scoring (rules.md §2), with every worked example of rules.md §10b that scoring owns. */
class ProjectScorerTests {

    private final ProjectScorer scorer = new ProjectScorer();

    private ProjectScore score(ProjectSelfEvaluation evaluation) {
        return scorer.score(evaluation, projectTemplate(), defaultPolicy());
    }

    /** rules.md §10b 执行率: 全年预算 100万, 执行 95万, 分值 10 → 95% → 9.50; below 90% a reason is required. */
    @ParameterizedTest(name = "预算 {0} 执行 {1} → {2}")
    @CsvSource({
            "100, 95, 9.50, false",
            "100, 100, 10.00, false",
            "100, 90, 9.00, false",
            "100, 89.99, 9.00, true",
            "100, 85, 8.50, true",
            "100, 120, 10.00, false",
            "7825.74, 5086.73, 6.50, true"
    })
    void executionRateScore(String budget, String executed, String expected, boolean reasonRequired) {
        ProjectScore result = score(fullTable(execution(budget, executed)));

        assertThat(result.execution().score()).contains(d(expected));
        assertThat(result.violations().stream().anyMatch(v -> v.code().equals("scoring.execution.reasonRequired")))
                .isEqualTo(reasonRequired);
    }

    @Test
    void lowExecutionWithAReasonIsAcceptable() {
        ProjectSelfEvaluation evaluation = fullTable(new ProjectSelfEvaluation.BudgetExecution(d("100"), d("85"),
                "项目招标延期，部分资金年底未支付"));

        ProjectScore result = score(evaluation);

        assertThat(result.acceptable()).isTrue();
        assertThat(result.execution().explanation().notes()).anyMatch(n -> n.contains("未达到90%"));
    }

    @Test
    void lowExecutionWithoutAReasonIsRequiredInChinese() {
        ProjectScore result = score(fullTable(execution("100", "85")));

        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ScoringViolation.Kind.REQUIRED);
            assertThat(v.message()).isEqualTo("预算执行率85%未达到90%，请说明原因");
        });
        assertThatThrownBy(result::requireAcceptable).isInstanceOf(ScoringRefusedException.class)
                .hasMessageContaining("请说明原因");
    }

    /** rules.md §10b, the quantitative rows: indicator, 计算符号, target, actual, weight, reverse formula, score. */
    static Stream<Arguments> workedExamples() {
        return Stream.of(
                arguments("正向 ≥: 购置空气呼吸器 ≥20套, 实际18", Comparator.GE, "20", "18", "20",
                        ReverseFormula.LINEAR_TO_DOUBLE, "18.00"),
                arguments("正向 over: 宣传培训 ≥1000人次, 实际1400 → 满分", Comparator.GE, "1000", "1400", "10",
                        ReverseFormula.LINEAR_TO_DOUBLE, "10.00"),
                arguments("反向 ≤ (fasp2): 单套采购成本 ≤5000元, 实际6000", Comparator.LE, "5000", "6000", "10",
                        ReverseFormula.LINEAR_TO_DOUBLE, "8.00"),
                arguments("反向 ≤ (fasp2): 实际10000 = 2×指标值 → 0", Comparator.LE, "5000", "10000", "10",
                        ReverseFormula.LINEAR_TO_DOUBLE, "0.00"),
                arguments("反向 ≤ (fasp2): 实际12000 > 2×指标值 → 0", Comparator.LE, "5000", "12000", "10",
                        ReverseFormula.LINEAR_TO_DOUBLE, "0.00"),
                arguments("反向 ≤ (S9): 5000/6000×10", Comparator.LE, "5000", "6000", "10",
                        ReverseFormula.RATIO, "8.33"),
                arguments("反向 ≤ (S9): 实际10000 → 5.00, not 0", Comparator.LE, "5000", "10000", "10",
                        ReverseFormula.RATIO, "5.00"),
                arguments("反向 met: 实际4000 ≤ 5000 → 满分", Comparator.LE, "5000", "4000", "10",
                        ReverseFormula.RATIO, "10.00"),
                arguments("等于 =0: 安全生产责任事故 =0起, 实际1 → 0", Comparator.EQ, "0", "1", "10",
                        ReverseFormula.LINEAR_TO_DOUBLE, "0.00"),
                arguments("等于 =0: 实际0 → 满分", Comparator.EQ, "0", "0", "10",
                        ReverseFormula.LINEAR_TO_DOUBLE, "10.00"),
                arguments("等于 >0: as 正向, 95/100×10", Comparator.EQ, "100", "95", "10",
                        ReverseFormula.LINEAR_TO_DOUBLE, "9.50"),
                arguments("正向: one third rounds half-up once", Comparator.GE, "3", "1", "10",
                        ReverseFormula.LINEAR_TO_DOUBLE, "3.33"),
                arguments("正向: 2/3 → 6.666… → 6.67", Comparator.GE, "3", "2", "10",
                        ReverseFormula.LINEAR_TO_DOUBLE, "6.67"),
                arguments("正向: a negative actual counts as 0", Comparator.GT, "10", "-5", "10",
                        ReverseFormula.LINEAR_TO_DOUBLE, "0.00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workedExamples")
    void quantitativeIndicators(String description, Comparator comparator, String target, String actual,
                                String weight, ReverseFormula formula, String expected) {
        ProjectSelfEvaluation.IndicatorEntry row = measured("被测指标", Level1Category.OUTPUT, weight, comparator,
                target, actual);
        ProjectSelfEvaluation evaluation = new ProjectSelfEvaluation("测试项目", execution("100", "100"),
                java.util.List.of(row));

        ProjectScore result = scorer.score(evaluation, projectTemplate(),
                defaultPolicy().withReverseFormula(formula));

        ProjectScore.Line line = result.line("被测指标");
        assertThat(line.score()).contains(d(expected));
        assertThat(line.explanation().result()).isEqualByComparingTo(expected);
        assertThat(line.explanation().formula()).contains("rules.md §2.4");
    }

    /** rules.md §10b 正向 over: 偏离度 40% ≥ 30% → 偏差说明 required, the score stays full. */
    @Test
    void overAchievementAboveTheThresholdRequiresAReason() {
        ProjectSelfEvaluation evaluation = fullTable(execution("100", "100"),
                measured("宣传培训人次", Level1Category.OUTPUT, "20", Comparator.GE, "1000", "1400"));

        ProjectScore result = score(evaluation);

        ProjectScore.Line line = result.line("宣传培训人次");
        assertThat(line.score()).contains(d("20.00"));
        assertThat(line.deviation()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.4"));
        assertThat(line.deviationOverThreshold()).isTrue();
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ScoringViolation.Kind.REQUIRED);
            assertThat(v.path()).isEqualTo("indicators[1].deviationReason");
            assertThat(v.message()).isEqualTo(
                    "「宣传培训人次」实际完成值1400与指标值1000的偏离度为40%，达到30%，请填写偏差原因分析及改进措施");
        });
        assertThat(result.total()).contains(d("100.00"));
    }

    @ParameterizedTest(name = "实际 {0} → 偏离度 over threshold: {1}")
    @CsvSource({"1299, false", "1300, true", "1400, true"})
    void theThresholdIsInclusive(String actual, boolean over) {
        ProjectScore result = score(fullTable(execution("100", "100"),
                measured("宣传培训人次", Level1Category.OUTPUT, "20", Comparator.GE, "1000", actual)));

        assertThat(result.line("宣传培训人次").deviationOverThreshold()).isEqualTo(over);
        assertThat(result.acceptable()).isEqualTo(!over);
    }

    @Test
    void aReverseIndicatorFarBelowItsTargetIsAnOverAchievementToo() {
        ProjectScore result = score(fullTable(execution("100", "100"),
                measured("单套采购成本", Level1Category.OUTPUT, "10", Comparator.LE, "5000", "3000")));

        assertThat(result.line("单套采购成本").deviation()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.4"));
        assertThat(result.violations()).extracting(ScoringViolation::code).containsExactly("scoring.deviation.reasonRequired");
    }

    /** rules.md §10b: "reviewer may deduct (按照偏离度适度调减分值)". */
    @Test
    void aReviewerMayDeductForOverAchievementWithAReason() {
        ProjectSelfEvaluation.IndicatorEntry row = measured("宣传培训人次", Level1Category.OUTPUT, "20", Comparator.GE,
                "1000", "1400").withDeviationReason("年初按上年人数设定，低估了社区活动参与人数")
                .withDeduction(new ReviewerDeduction(d("2"), "年初指标值设定明显偏低"));

        ProjectScore result = score(fullTable(execution("100", "100"), row));

        ProjectScore.Line line = result.line("宣传培训人次");
        assertThat(line.score()).contains(d("18.00"));
        assertThat(line.explanation().render()).contains("复核按偏离度调减2.00分：年初指标值设定明显偏低");
        assertThat(result.acceptable()).isTrue();
        assertThat(result.total()).contains(d("98.00"));
    }

    @Test
    void aDeductionIsRefusedBelowTheThresholdAndNeedsAReason() {
        ProjectSelfEvaluation.IndicatorEntry below = measured("宣传培训人次", Level1Category.OUTPUT, "20",
                Comparator.GE, "1000", "1100").withDeduction(new ReviewerDeduction(d("1"), "偏高"));
        ProjectSelfEvaluation.IndicatorEntry noReason = measured("宣传培训人次", Level1Category.OUTPUT, "20",
                Comparator.GE, "1000", "1400").withDeviationReason("活动扩大").withDeduction(
                new ReviewerDeduction(d("1"), ""));
        ProjectSelfEvaluation.IndicatorEntry tooMuch = noReason.withDeduction(new ReviewerDeduction(d("20.01"), "x"));

        assertThat(score(fullTable(execution("100", "100"), below)).violations()).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo("「宣传培训人次」偏离度未达到30%，不能按偏离度调减分值"));
        assertThat(score(fullTable(execution("100", "100"), noReason)).violations()).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo("「宣传培训人次」请填写按偏离度调减分值的理由"));
        ProjectScore refused = score(fullTable(execution("100", "100"), tooMuch));
        assertThat(refused.violations()).extracting(ScoringViolation::code).containsExactly("scoring.deduction.invalid");
        assertThat(refused.total()).isEmpty();
    }

    /** rules.md §10b 定性, weight 10: 达成 [8, 10]; 部分达成 [6, 8); 未达成 [0, 6). */
    @ParameterizedTest(name = "{0} {1}分 accepted: {2}")
    @CsvSource({
            "ACHIEVED, 10, true", "ACHIEVED, 8, true", "ACHIEVED, 7.99, false", "ACHIEVED, 10.01, false",
            "PARTLY_ACHIEVED, 8, false", "PARTLY_ACHIEVED, 7.99, true", "PARTLY_ACHIEVED, 6, true",
            "PARTLY_ACHIEVED, 5.99, false",
            "NOT_ACHIEVED, 6, false", "NOT_ACHIEVED, 5.99, true", "NOT_ACHIEVED, 0, true", "NOT_ACHIEVED, -1, false"
    })
    void qualitativeScoresMustLieInTheirBand(QualitativeBand band, String given, boolean accepted) {
        ProjectSelfEvaluation evaluation = new ProjectSelfEvaluation("测试项目", execution("100", "100"),
                java.util.List.of(judged("制度建设", Level1Category.OUTPUT, "10", band, given)));

        ProjectScore result = score(evaluation);

        ProjectScore.Line line = result.line("制度建设");
        assertThat(line.score().isPresent()).isEqualTo(accepted);
        assertThat(result.violations().stream().anyMatch(v -> v.code().equals("scoring.qualitative.outOfBand")))
                .isEqualTo(!accepted);
    }

    @Test
    void aQualitativeScoreOutsideItsBandIsRefusedWithTheBandInTheMessage() {
        ProjectSelfEvaluation evaluation = fullTable(execution("100", "100"),
                judged("消防救援能力提升", Level1Category.BENEFIT, "30", QualitativeBand.PARTLY_ACHIEVED, "25"));

        ProjectScore result = score(evaluation);

        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ScoringViolation.Kind.REFUSED);
            assertThat(v.path()).isEqualTo("indicators[3].score");
            assertThat(v.message()).isEqualTo("「消防救援能力提升」完成情况为「部分达成年度指标并具有一定效果」，实际得分区间为"
                    + "[18.00, 24.00)，填写的25.00分不在区间内，请调整后再保存");
        });
        assertThat(result.total()).isEmpty();
        assertThat(result.grade()).isEmpty();
        assertThatThrownBy(result::requireAcceptable).hasMessageContaining("[18.00, 24.00)");
    }

    /** rules.md §10b Total/grade: 9.5 + Σ indicators 80.0 = 89.5 → 良 (90/80/60), 优 (80/70/60). */
    @Test
    void totalAndGradeUnderBothBandVariants() {
        ProjectSelfEvaluation evaluation = fullTable(execution("100", "95"),
                measured("购置空气呼吸器", Level1Category.OUTPUT, "20", Comparator.GE, "20", "18"),
                measured("单套采购成本", Level1Category.OUTPUT, "10", Comparator.LE, "5000", "6000"),
                judged("消防救援能力提升", Level1Category.BENEFIT, "30", QualitativeBand.ACHIEVED, "24"));

        ProjectScore national = score(evaluation);
        ProjectScore local = scorer.score(evaluation, projectTemplate(),
                defaultPolicy().withGradeBands(ScoringFixtures.bands(80, 70, 60)));

        assertThat(national.total()).contains(d("89.50"));
        assertThat(national.grade()).contains(Grade.GOOD);
        assertThat(local.total()).contains(d("89.50"));
        assertThat(local.grade()).contains(Grade.EXCELLENT);
        assertThat(national.totalExplanation().render()).contains("评价等级：良");
    }

    /** rules.md §2.2: "不考核该指标，用适用指标得分汇总后按百分制对该项目折算计分". */
    @Test
    void notApplicableIndicatorsAreRebasedToHundred() {
        ProjectSelfEvaluation evaluation = fullTable(execution("100", "100"),
                notApplicable("单套采购成本", Level1Category.OUTPUT, "10"),
                measured("购置空气呼吸器", Level1Category.OUTPUT, "20", Comparator.GE, "20", "19"));

        ProjectScore result = score(evaluation);

        // applicable 90 points, scored 10 + 19 + 20 + 30 + 10 = 89 → 89 / 90 × 100 = 98.888… → 98.89
        assertThat(result.line("单套采购成本").notApplicable()).isTrue();
        assertThat(result.line("单套采购成本").score()).isEmpty();
        assertThat(result.total()).contains(d("98.89"));
        assertThat(result.totalExplanation().steps()).extracting(Explanation.Term::text)
                .containsExactly("89.00分", "90.00分", "10.00分");
        assertThat(result.totalExplanation().rounding().exact()).isEqualByComparingTo(
                new BigDecimal("98.88888888888888888888888888888889"));
    }

    @Test
    void indicatorWeightsMustAddUpToTheirLevel() {
        ProjectSelfEvaluation evaluation = fullTable(execution("100", "100"),
                measured("购置空气呼吸器", Level1Category.OUTPUT, "25", Comparator.GE, "20", "20"));

        ProjectScore result = score(evaluation);

        assertThat(result.violations()).singleElement().satisfies(v ->
                assertThat(v.message()).isEqualTo("「产出指标」下各三级指标分值合计55分，应等于一级指标权重50分"));
        assertThat(result.total()).isEmpty();
    }

    @Test
    void aTemplateMayAdjustTheLevelWeights() {
        ProjectWeights adjusted = new ProjectWeights(BigDecimal.TEN, java.util.Map.of(Level1Category.OUTPUT, d("60"),
                Level1Category.BENEFIT, d("30"), Level1Category.SATISFACTION, BigDecimal.ZERO));
        ProjectTemplate template = new ProjectTemplate("t", "调整权重模板", "test", "预算执行率",
                java.util.Optional.of(adjusted), projectTemplate().levels());
        ProjectSelfEvaluation evaluation = new ProjectSelfEvaluation("测试项目", execution("100", "100"), java.util.List.of(
                measured("a", Level1Category.OUTPUT, "60", Comparator.GE, "1", "1"),
                judged("b", Level1Category.BENEFIT, "30", QualitativeBand.ACHIEVED, "27")));

        ProjectScore result = scorer.score(evaluation, template, defaultPolicy());

        assertThat(result.acceptable()).isTrue();
        assertThat(result.total()).contains(d("97.00"));
    }

    @Test
    void everyLineExplainsInputsFormulaAndRounding() {
        ProjectScore result = score(fullTable(execution("100", "100"),
                measured("购置空气呼吸器", Level1Category.OUTPUT, "20", Comparator.GE, "3", "2")));

        Explanation e = result.line("购置空气呼吸器").explanation();
        assertThat(e.inputs()).extracting(Explanation.Term::name).containsExactly("计算符号", "年度指标值", "实际完成值", "分值");
        assertThat(e.steps()).extracting(Explanation.Term::text).containsExactly("66.67%");
        assertThat(e.rounding().changed()).isTrue();
        assertThat(e.render()).isEqualTo("""
                购置空气呼吸器：13.33分
                输入：计算符号 ≥；年度指标值 3；实际完成值 2；分值 20.00分
                公式：正向（≥/>）：实际值 ≥ 指标值 得满分，否则 得分 = 实际值 / 指标值 × 分值（rules.md §2.4）
                计算：完成比例（实际值/指标值） 66.67%
                舍入：13.333333… 四舍五入保留两位小数为 13.33""");
    }
}
