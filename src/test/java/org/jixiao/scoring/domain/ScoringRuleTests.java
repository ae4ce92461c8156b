package org.jixiao.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.scoring.domain.ScoringFixtures.d;
import static org.jixiao.scoring.domain.ScoringFixtures.defaultPolicy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.indicators.domain.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule kind of a department template, alone, with the parameters of seed 002. */
class ScoringRuleTests {

    private final DepartmentScorer scorer = new DepartmentScorer();

    /** Scores one leaf of {@code weight} in a template of that leaf alone. */
    private DepartmentScore.Node scoreLeaf(ScoringRule rule, String weight, DepartmentEvaluation.Entry entry,
                                           TemplateNode.Gate... gates) {
        return score(rule, weight, entry, gates).node("1");
    }

    private DepartmentScore score(ScoringRule rule, String weight, DepartmentEvaluation.Entry entry,
                                  TemplateNode.Gate... gates) {
        TemplateNode leaf = new TemplateNode("1", "被测指标", d(weight), "", "", "", rule, List.of(gates), List.of(), "");
        DepartmentTemplate template = new DepartmentTemplate("t", "测试模板", "test", d(weight), List.of(leaf));
        Map<String, DepartmentEvaluation.Entry> entries = entry == null ? Map.of() : Map.of("1", entry);
        return scorer.score(new DepartmentEvaluation("t", entries), template, defaultPolicy());
    }

    private static Optional<BigDecimal> points(String value) {
        return Optional.of(d(value));
    }

    static ScoringRule completionBands() {
        return new ScoringRule.CompletionBands(List.of(
                new Tier(Comparator.GT, d("1.5"), Tier.Award.share(d("0.5"))),
                new Tier(Comparator.GE, BigDecimal.ONE, Tier.Award.share(BigDecimal.ONE)),
                new Tier(Comparator.GE, d("0.6"), Tier.Award.proportional())), Tier.Award.share(BigDecimal.ZERO));
    }

    /** seed 002: < 60% → 0, 60–100% → 完成率 × 分值, 100–150% → 满分, > 150% → 一半分. */
    @ParameterizedTest(name = "完成值 {0} of 100 → {1}")
    @CsvSource({"59.99, 0.00", "60, 12.00", "65, 13.00", "99.99, 20.00", "100, 20.00", "150, 20.00",
            "150.01, 10.00", "300, 10.00", "-5, 0.00"})
    void completionRateBands(String actual, String expected) {
        DepartmentScore.Node node = scoreLeaf(completionBands(), "20", DepartmentEvaluation.Entry.of(
                new LeafInput.Completion(List.of(LeafInput.MeasuredItem.of("出警任务", d("100"), d(actual))))));

        assertThat(node.score()).isEqualTo(points(expected));
    }

    @Test
    void completionItemsAreAveragedAndRoundedOnce() {
        // (1 + 0.7 + 0.5) / 3 × 20 = 14.666… → 14.67 (the items are not rounded one by one)
        DepartmentScore.Node node = scoreLeaf(completionBands(), "20", DepartmentEvaluation.Entry.of(
                new LeafInput.Completion(List.of(LeafInput.MeasuredItem.of("a", d("10"), d("10")),
                        LeafInput.MeasuredItem.of("b", d("10"), d("7")),
                        LeafInput.MeasuredItem.of("c", d("10"), d("16"))))));

        assertThat(node.score()).isEqualTo(points("14.67"));
        assertThat(node.explanation().steps()).extracting(Explanation.Term::text).contains(
                "完成率 70%，得分 = 比率 × 分值（得分比例 70%）", "完成率 160%，得50%×分值（得分比例 50%）");
    }

    @Test
    void aJudgedBenefitItemNeedsItsBandAndAWrittenBasis() {
        LeafInput.JudgedItem noBasis = new LeafInput.JudgedItem("社会效益", QualitativeBand.ACHIEVED, d("0.9"), "", null);
        LeafInput.JudgedItem outOfBand = new LeafInput.JudgedItem("社会效益", QualitativeBand.PARTLY_ACHIEVED, d("0.8"),
                "部分完成", null);

        DepartmentScore missing = score(completionBands(), "20",
                DepartmentEvaluation.Entry.of(new LeafInput.Completion(List.of(noBasis))));
        DepartmentScore refused = score(completionBands(), "20",
                DepartmentEvaluation.Entry.of(new LeafInput.Completion(List.of(outOfBand))));

        assertThat(missing.node("1").score()).isEqualTo(points("18.00"));
        assertThat(missing.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(ScoringViolation.Kind.REQUIRED);
            assertThat(v.message()).isEqualTo("「被测指标」中的非量化指标「社会效益」需提供书面评分依据");
        });
        assertThat(refused.node("1").score()).isEmpty();
        assertThat(refused.violations()).singleElement().satisfies(v -> assertThat(v.message()).isEqualTo(
                "「社会效益」完成情况为「部分达成年度指标并具有一定效果」，得分应在该项分值的60%（含）至80%之间，填写的80%不在区间内，请调整后再保存"));
    }

    @Test
    void aFailedGateScoresZero() {
        TemplateNode.Gate gate = new TemplateNode.Gate("goalsReported", "是否已报部门整体绩效目标");
        DepartmentEvaluation.Entry entry = DepartmentEvaluation.Entry.of(new LeafInput.Completion(List.of(
                LeafInput.MeasuredItem.of("a", d("1"), d("1")))));

        assertThat(scoreLeaf(completionBands(), "20", entry.withGate("goalsReported", true), gate).score())
                .isEqualTo(points("20.00"));
        DepartmentScore.Node failed = scoreLeaf(completionBands(), "20", entry.withGate("goalsReported", false), gate);
        assertThat(failed.score()).isEqualTo(points("0.00"));
        assertThat(failed.explanation().notes()).contains("「是否已报部门整体绩效目标」为否，此指标不得分");
        assertThat(score(completionBands(), "20", entry, gate).violations()).extracting(ScoringViolation::message)
                .containsExactly("「被测指标」请回答：是否已报部门整体绩效目标");
    }

    /** seed 002 结转结余率: ≤10% → 2, ≤20% → 1, ≤30% → 0.5, else 0. */
    @ParameterizedTest(name = "结转结余率 {0} → {1}")
    @CsvSource({"0, 2.00", "0.10, 2.00", "0.1001, 1.00", "0.20, 1.00", "0.25, 0.50", "0.30, 0.50", "0.3001, 0.00"})
    void carryOverTiers(String rate, String expected) {
        ScoringRule tiers = new ScoringRule.Tiers(List.of(
                new Tier(Comparator.LE, d("0.10"), Tier.Award.points(d("2"))),
                new Tier(Comparator.LE, d("0.20"), Tier.Award.points(d("1"))),
                new Tier(Comparator.LE, d("0.30"), Tier.Award.points(d("0.5")))), Tier.Award.points(BigDecimal.ZERO));

        assertThat(scoreLeaf(tiers, "2", DepartmentEvaluation.Entry.of(LeafInput.Ratio.of(d(rate)))).score())
                .isEqualTo(points(expected));
    }

    /** seed 002 采购政策效能: 数值 × 分值, 662.96 / 707.89 = 93.65% → 0.94; capped at the 分值. */
    @ParameterizedTest(name = "{0}/{1} → {2}")
    @CsvSource({"662.96, 707.89, 0.94", "707.89, 707.89, 1.00", "800, 707.89, 1.00", "0, 707.89, 0.00"})
    void proportional(String numerator, String denominator, String expected) {
        DepartmentScore.Node node = scoreLeaf(new ScoringRule.Proportional(true), "1",
                DepartmentEvaluation.Entry.of(LeafInput.Ratio.of(d(numerator), d(denominator))));

        assertThat(node.score()).isEqualTo(points(expected));
    }

    /** 扣分法, 扣完为止. */
    @ParameterizedTest(name = "{0} × 0.5 and {1} × 1 from 2 → {2}")
    @CsvSource({"0, 0, 2.00", "1, 0, 1.50", "2, 1, 0.00", "1, 1, 0.50", "9, 9, 0.00"})
    void deductionsWithAFloorOfZero(int small, int large, String expected) {
        ScoringRule rule = new ScoringRule.Deductions(List.of(
                new ScoringRule.DeductionItem("small", "小问题", d("0.5")),
                new ScoringRule.DeductionItem("large", "大问题", d("1"))));

        DepartmentScore.Node node = scoreLeaf(rule, "2",
                DepartmentEvaluation.Entry.of(new LeafInput.Counts(Map.of("small", small, "large", large))));

        assertThat(node.score()).isEqualTo(points(expected));
    }

    @Test
    void yesNo() {
        ScoringRule rule = new ScoringRule.YesNo("是否建立内控制度");

        assertThat(scoreLeaf(rule, "1", DepartmentEvaluation.Entry.of(new LeafInput.Answer(true))).score())
                .isEqualTo(points("1.00"));
        assertThat(scoreLeaf(rule, "1", DepartmentEvaluation.Entry.of(new LeafInput.Answer(false))).score())
                .isEqualTo(points("0.00"));
    }

    /** seed 002 绩效结果应用: 30% / 30% / 40% of 3; one unhandled warning costs the whole first part (0.9). */
    @ParameterizedTest(name = "warnings {0}, feedback {1}, linkage {2} → {3}")
    @CsvSource({"0, true, true, 3.00", "1, true, true, 2.10", "0, false, true, 2.10", "0, true, false, 1.80",
            "1, false, false, 0.00"})
    void weightedSubItems(int unhandled, boolean feedback, boolean linkage, String expected) {
        ScoringRule rule = new ScoringRule.WeightedSubItems(List.of(
                new ScoringRule.SubItem("warnings", "预警处理", d("30"), new ScoringRule.Deductions(List.of(
                        new ScoringRule.DeductionItem("unhandled", "未及时处理", BigDecimal.ONE)))),
                new ScoringRule.SubItem("feedback", "整改反馈", d("30"), new ScoringRule.YesNo("是否及时反馈")),
                new ScoringRule.SubItem("linkage", "结果挂钩", d("40"), new ScoringRule.YesNo("是否挂钩"))));

        DepartmentScore.Node node = scoreLeaf(rule, "3", DepartmentEvaluation.Entry.of(new LeafInput.SubItems(Map.of(
                "warnings", new LeafInput.Counts(Map.of("unhandled", unhandled)),
                "feedback", new LeafInput.Answer(feedback), "linkage", new LeafInput.Answer(linkage)))));

        assertThat(node.score()).isEqualTo(points(expected));
    }

    /** seed 002 公用经费控制率: ≤ 0 → 满分; every 5%（含） above 0 costs 0.5, down to 0. */
    @ParameterizedTest(name = "预算 100, 实际 {0} → {1} (complete steps), {2} (started steps)")
    @CsvSource({"62.4, 2.00, 2.00", "100, 2.00, 2.00", "104.9, 2.00, 1.50", "105, 1.50, 1.50", "109.99, 1.50, 1.00",
            "110, 1.00, 1.00", "120, 0.00, 0.00", "200, 0.00, 0.00"})
    void controlRateWithStepDeduction(String actual, String complete, String started) {
        LeafInput.Amounts amounts = new LeafInput.Amounts(d("100"), d(actual));
        ScoringRule completeSteps = new ScoringRule.ControlRate(d("0.05"), d("0.5"),
                ScoringRule.ControlRate.StepCounting.COMPLETE_STEPS);
        ScoringRule startedSteps = new ScoringRule.ControlRate(d("0.05"), d("0.5"),
                ScoringRule.ControlRate.StepCounting.STARTED_STEPS);

        assertThat(scoreLeaf(completeSteps, "2", DepartmentEvaluation.Entry.of(amounts)).score())
                .isEqualTo(points(complete));
        assertThat(scoreLeaf(startedSteps, "2", DepartmentEvaluation.Entry.of(amounts)).score())
                .isEqualTo(points(started));
    }

    /** rules.md §4.3: the mean of the monthly rates, each capped at 100%; at 100% full, else rate × 分值. */
    @Test
    void averageMonthlyExecution() {
        ScoringRule rule = new ScoringRule.AverageExecution(BigDecimal.ONE);

        assertThat(scoreLeaf(rule, "10", DepartmentEvaluation.Entry.of(LeafInput.ExecutionRates.average(d("0.65"))))
                .score()).isEqualTo(points("6.50"));
        // 0.2, 0.4, 1.2→1.0: mean 0.5333… → 5.33
        DepartmentScore.Node monthly = scoreLeaf(rule, "10", DepartmentEvaluation.Entry.of(
                LeafInput.ExecutionRates.monthly(List.of(d("0.2"), d("0.4"), d("1.2")))));
        assertThat(monthly.score()).isEqualTo(points("5.33"));
        assertThat(monthly.explanation().steps()).extracting(Explanation.Term::text).containsExactly("53.33%");
        assertThat(scoreLeaf(rule, "10", DepartmentEvaluation.Entry.of(LeafInput.ExecutionRates.monthly(
                List.of(d("1"), d("1.3"))))).score()).isEqualTo(points("10.00"));
    }

    @Test
    void aJudgementNeedsAWrittenBasisAndAScoreWithinTheWeight() {
        ScoringRule rule = new ScoringRule.Judgement(false);

        DepartmentScore withoutBasis = score(rule, "2", DepartmentEvaluation.Entry.of(
                new LeafInput.Judgement(d("2"), null, "")));
        DepartmentScore tooHigh = score(rule, "2", DepartmentEvaluation.Entry.of(
                new LeafInput.Judgement(d("2.5"), null, "数据完整")));

        assertThat(withoutBasis.node("1").score()).isEqualTo(points("2.00"));
        assertThat(withoutBasis.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("scoring.basis.required");
            assertThat(v.message()).isEqualTo("「被测指标」为定性判断，请填写评分依据");
        });
        assertThat(tooHigh.node("1").score()).isEmpty();
        assertThat(tooHigh.violations()).extracting(ScoringViolation::message)
                .containsExactly("「被测指标」的得分应在0到2.00分之间，最多两位小数");
    }

    @Test
    void aBandedJudgementIsRefusedOutsideItsBand() {
        DepartmentScore result = score(new ScoringRule.Judgement(true), "10", DepartmentEvaluation.Entry.of(
                new LeafInput.Judgement(d("7.5"), QualitativeBand.ACHIEVED, "基本完成")));

        assertThat(result.violations()).extracting(ScoringViolation::message).containsExactly(
                "「被测指标」完成情况为「达成年度指标」，实际得分区间为[8.00, 10.00]，填写的7.50分不在区间内，请调整后再保存");
    }

    @Test
    void inputOfTheWrongKindOrMissingIsNotScored() {
        DepartmentScore wrong = score(new ScoringRule.YesNo("是否"), "1",
                DepartmentEvaluation.Entry.of(LeafInput.Ratio.of(BigDecimal.ONE)));
        DepartmentScore missing = score(new ScoringRule.YesNo("是否"), "1", null);

        assertThat(wrong.total()).isEmpty();
        assertThat(wrong.violations()).extracting(ScoringViolation::message).containsExactly("「被测指标」需要填写是或否（是否）");
        assertThat(missing.total()).isEmpty();
        assertThat(missing.violations()).extracting(ScoringViolation::message).containsExactly("「被测指标」尚未填写");
    }
}
