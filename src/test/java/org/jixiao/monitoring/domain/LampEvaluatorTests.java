package org.jixiao.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.monitoring.domain.MonitoringFixtures.cumulative;
import static org.jixiao.monitoring.domain.MonitoringFixtures.d;
import static org.jixiao.monitoring.domain.MonitoringFixtures.national;
import static org.jixiao.monitoring.domain.MonitoringFixtures.sichuan;
import static org.jixiao.monitoring.domain.MonitoringFixtures.spentBy;

import java.util.List;

import org.jixiao.projects.domain.SpendingPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Lamps of rules.md §4.3, §6.4 and §10b, each with its explanation. */
class LampEvaluatorTests {

    private final LampEvaluator national = new LampEvaluator(national());
    private final LampEvaluator sichuan = new LampEvaluator(sichuan());

    /** rules.md §10b "Monitoring lamp": 1–7月 35%, 序时进度 58.3% → 60.0 → yellow. */
    @Test
    void theWorkedExampleIsYellowAndSaysWhy() {
        LampVerdict verdict = national.timeProgress(spentBy(7, "35").month(7)).orElseThrow();

        assertThat(verdict.lamp()).isEqualTo(Lamp.YELLOW);
        assertThat(verdict.rule()).isEqualTo("TIME_PROGRESS");
        assertThat(verdict.rulesId()).isEqualTo("national-2019");
        assertThat(verdict.figure("执行进度 ÷ 序时进度").number()).isEqualByComparingTo("0.6");
        assertThat(verdict.render()).isEqualTo("黄灯：1–7月累计支出 / 调整后预算 35万元 / 100万元；执行进度 35%；"
                + "序时进度 7/12 = 58.33%；执行进度 ÷ 序时进度 60%。规则：预算执行进度 ÷ 序时进度，低于60%红灯，"
                + "60%（含）至80%黄灯，80%（含）以上绿灯（rules.md §4.3，预算管理一体化系统预算执行预警）（national-2019）");
    }

    /** rules.md §4.3: < 60 red, 60–80 yellow, ≥ 80 green; exactly 60 is yellow, exactly 80 green. */
    @ParameterizedTest(name = "1–{0}月 累计 {1}% → {2}")
    @CsvSource({
            "7, 35, YELLOW",          // §10b: exactly 60
            "6, 29.99, RED",          // 59.98
            "6, 30, YELLOW",          // exactly 60
            "6, 39.99, YELLOW",       // 79.98
            "6, 40, GREEN",           // exactly 80
            "7, 46.66, YELLOW",       // 79.9886
            "7, 46.67, GREEN",        // 80.0057
            "12, 47.99, RED",         // 47.99
            "12, 100, GREEN",
            "1, 0, RED",
            "1, 8.34, GREEN"})        // 100.08
    void timeProgressBands(int month, String percent, Lamp expected) {
        assertThat(national.timeProgress(spentBy(month, percent).month(month)).orElseThrow().lamp())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "ratio {0} → {1}")
    @CsvSource({"0, RED", "0.5999, RED", "0.6, YELLOW", "0.7999, YELLOW", "0.8, GREEN", "1.5, GREEN"})
    void bandsAreInclusiveAtTheirLowerBound(String ratio, Lamp expected) {
        assertThat(new Bands(d("0.60"), d("0.80")).lamp(d(ratio))).isEqualTo(expected);
    }

    /** Against the project's own 资金支出计划 (seed 001: 3月底 30%, 6月底 60%): 支付进度率 bands 60/80. */
    @ParameterizedTest(name = "1–{0}月 累计 {1}% against the plan → {2} (ratio {3})")
    @CsvSource({
            "3, 30, GREEN, 1",
            "3, 24, GREEN, 0.8",      // exactly 80
            "3, 23.99, YELLOW, 0.7996666666666666666666666666666667",
            "6, 36, YELLOW, 0.6",     // exactly 60
            "6, 35.99, RED, 0.5998333333333333333333333333333333",
            "7, 36, YELLOW, 0.6"})    // July is still judged by the 6月底 checkpoint
    void againstThePlan(int month, String percent, Lamp expected, String ratio) {
        PlanComparison comparison = spentBy(month, percent).againstPlanAt(ExecutionSeriesTests.seed001Plan(), month)
                .orElseThrow();
        LampVerdict verdict = national.plan(comparison).orElseThrow();

        assertThat(verdict.lamp()).isEqualTo(expected);
        assertThat(verdict.figure("执行进度 ÷ 计划进度").number()).isEqualByComparingTo(ratio);
    }

    @Test
    void aPlanBehindShowsTheDeviationInPercentagePoints() {
        PlanComparison comparison = cumulative("5", "10", "24", "30", "40", "45").againstPlan(
                ExecutionSeriesTests.seed001Plan()).get(1);

        LampVerdict verdict = national.plan(comparison).orElseThrow();

        assertThat(verdict.lamp()).isEqualTo(Lamp.YELLOW);
        assertThat(verdict.render()).contains("6月底计划执行 60%", "偏差 -15个百分点", "执行进度 ÷ 计划进度 75%");
    }

    /** rules.md §10b "Sichuan 预警": 1–6月 执行 38% < 40% → 预警. */
    @Test
    void theSichuanWorkedExampleWarns() {
        LampVerdict verdict = sichuan.threshold(spentBy(6, "38").month(6)).orElseThrow();

        assertThat(verdict.lamp()).isEqualTo(Lamp.RED);
        assertThat(verdict.rule()).isEqualTo("THRESHOLD");
        assertThat(verdict.render()).contains("执行进度 38%", "1–6月阈值 40%", "1–6月累计执行率不低于40%，低于即红灯预警",
                "sichuan-510000-2025");
    }

    /** Sichuan 川财绩〔2025〕10号: 1–4月 < 25%, 1–6月 < 40%, 1–8月 < 60%, 1–10月 < 80%; between steps the last one passed. */
    @ParameterizedTest(name = "1–{0}月 累计 {1}% → {2}")
    @CsvSource({
            "4, 24.99, RED", "4, 25, GREEN",
            "5, 24.99, RED", "5, 25, GREEN",
            "6, 39.99, RED", "6, 40, GREEN",
            "7, 39.99, RED", "7, 40, GREEN",
            "8, 59.99, RED", "8, 60, GREEN",
            "10, 79.99, RED", "10, 80, GREEN",
            "12, 80, GREEN"})
    void sichuanThresholds(int month, String percent, Lamp expected) {
        assertThat(sichuan.threshold(spentBy(month, percent).month(month)).orElseThrow().lamp()).isEqualTo(expected);
    }

    @Test
    void beforeTheFirstThresholdTheSetSaysNothing() {
        assertThat(sichuan.threshold(spentBy(3, "0").month(3))).isEmpty();
        assertThat(national.threshold(spentBy(6, "0").month(6))).isEmpty();
    }

    /** Sichuan: 绩效目标实现程度与预算执行进度差异 > 10% → 预警 (strictly more). */
    @ParameterizedTest(name = "goal {0}, execution {1}% → {2}")
    @CsvSource({"0.5, 40, GREEN", "0.5, 39.99, RED", "0.3, 40, GREEN", "0.29, 40, RED", "0.6, 40, RED"})
    void sichuanGoalGap(String goal, String percent, Lamp expected) {
        assertThat(sichuan.goalGap(d(goal), spentBy(6, percent).month(6)).orElseThrow().lamp()).isEqualTo(expected);
        assertThat(national.goalGap(d(goal), spentBy(6, percent).month(6))).isEmpty();
    }

    /** rules.md §6.4 [I]: 达成 → 绿, 部分达成 → 黄, 未达成 → 红; 确定能 / 有可能 / 完全不可能 likewise. */
    @ParameterizedTest
    @CsvSource({"ACHIEVED, GREEN", "PARTLY_ACHIEVED, YELLOW", "NOT_ACHIEVED, RED"})
    void qualitativeProgressLamps(IndicatorProgress progress, Lamp expected) {
        LampVerdict verdict = national.progress(progress);
        assertThat(verdict.lamp()).isEqualTo(expected);
        assertThat(verdict.render()).contains(progress.label(), expected.lampLabel());
    }

    @ParameterizedTest
    @CsvSource({"CERTAIN, GREEN, 确定能", "POSSIBLE, YELLOW, 有可能", "IMPOSSIBLE, RED, 完全不可能"})
    void likelihoodLamps(Likelihood likelihood, Lamp expected, String label) {
        assertThat(likelihood.label()).isEqualTo(label);
        assertThat(national.likelihood(likelihood).lamp()).isEqualTo(expected);
        assertThat(national.likelihood(likelihood).render()).startsWith(expected.lampLabel() + "：完成目标可能性 " + label);
    }

    /** Every rule at once: the overall lamp is the most serious one. */
    @Test
    void theAssessmentTakesTheWorstLamp() {
        // 1–6月 38%: time progress 76% yellow; plan 6月底 60% → 63.3% yellow; Sichuan 1–6月 < 40% red
        ExecutionAssessment assessment = sichuan.execution(spentBy(6, "38"), 6, ExecutionSeriesTests.seed001Plan());

        assertThat(assessment.verdicts()).extracting(LampVerdict::rule).containsExactly("TIME_PROGRESS", "PLAN", "THRESHOLD");
        assertThat(assessment.verdicts()).extracting(LampVerdict::lamp).containsExactly(Lamp.YELLOW, Lamp.YELLOW, Lamp.RED);
        assertThat(assessment.lamp()).isEqualTo(Lamp.RED);
        assertThat(assessment.warnings()).hasSize(3);

        assertThat(assessment.render()).startsWith("1–6月 红灯\n黄灯：").contains("\n红灯：").hasLineCount(4);

        // with the goal progress, Sichuan's goal gap joins: 55% of the goals against 38% spent
        ExecutionAssessment withGoals = sichuan.execution(spentBy(6, "38"), 6, SpendingPlan.EMPTY,
                java.util.Optional.of(d("0.55")));
        assertThat(withGoals.verdicts()).extracting(LampVerdict::rule).containsExactly("TIME_PROGRESS", "THRESHOLD", "GOAL_GAP");
        assertThat(withGoals.verdicts().get(2).figure("差异").number()).isEqualByComparingTo("0.17");

        ExecutionAssessment onTrack = national.execution(spentBy(6, "60"), 6, SpendingPlan.EMPTY);
        assertThat(onTrack.verdicts()).extracting(LampVerdict::rule).containsExactly("TIME_PROGRESS");
        assertThat(onTrack.lamp()).isEqualTo(Lamp.GREEN);
        assertThat(onTrack.warnings()).isEmpty();
    }

    @Test
    void lampLabels() {
        assertThat(List.of(Lamp.values())).extracting(Lamp::label).containsExactly("绿", "黄", "红");
        assertThat(Lamp.RED.lampLabel()).isEqualTo("红灯");
        assertThat(Lamp.GREEN.worse(Lamp.YELLOW)).isEqualTo(Lamp.YELLOW);
        assertThat(Lamp.RED.worse(Lamp.YELLOW)).isEqualTo(Lamp.RED);
    }

    @ParameterizedTest
    @EnumSource(DeviationCategory.class)
    void deviationCategoriesHaveChineseLabels(DeviationCategory category) {
        assertThat(category.label()).isIn("经费保障", "制度保障", "人员保障", "硬件条件保障", "其他");
    }

    @Test
    void rulesAreRefusedWhenIncomplete() {
        assertThatThrownBy(() -> new Bands(d("0.8"), d("0.6"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThresholdSet(Lamp.GREEN, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThresholdSet(Lamp.RED, List.of(new ThresholdSet.Step(6, d("0.4")),
                new ThresholdSet.Step(6, d("0.5"))))).hasMessageContaining("two thresholds");
        LampRules n = national();
        assertThatThrownBy(() -> new LampRules(n.id(), n.name(), n.basis(), n.region(), n.from(), n.until(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), n.goalGap(),
                n.likelihoodLamps(), n.progressLamps(), n.periods())).hasMessageContaining("no execution rule");
        assertThatThrownBy(() -> new LampRules(n.id(), n.name(), n.basis(), n.region(), n.from(), n.until(),
                n.timeProgress(), n.plan(), n.thresholds(), n.goalGap(), java.util.Map.of(Likelihood.CERTAIN, Lamp.GREEN),
                n.progressLamps(), n.periods())).hasMessageContaining("lack the lamp");
    }
}
