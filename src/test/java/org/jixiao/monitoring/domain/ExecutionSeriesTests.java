package org.jixiao.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.monitoring.domain.MonitoringFixtures.YEAR;
import static org.jixiao.monitoring.domain.MonitoringFixtures.adjustment;
import static org.jixiao.monitoring.domain.MonitoringFixtures.cumulative;
import static org.jixiao.monitoring.domain.MonitoringFixtures.d;
import static org.jixiao.monitoring.domain.MonitoringFixtures.spentBy;
import static org.jixiao.monitoring.domain.MonitoringFixtures.wan;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.projects.domain.Checkpoint;
import org.jixiao.projects.domain.SpendingPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rates of rules.md §4.3 and §10b: cumulative rate, 序时进度, execution ÷ 序时进度, the plan, the yearly average. */
class ExecutionSeriesTests {

    /** rules.md §10b "Monitoring lamp": 1–7月 执行 35%; 序时进度 7/12 = 58.3%; 35/58.3 × 100 = 60.0. */
    @Test
    void theWorkedExampleIsExactlySixty() {
        MonthlyExecution july = spentBy(7, "35").month(7);

        assertThat(july.rate()).isEqualByComparingTo("0.35");
        assertThat(Rates.percent(july.timeProgress())).isEqualTo("58.33%");
        // kept exact: with 58.3% rounded first it would be 60.03
        assertThat(july.timeProgressRatio()).isEqualByComparingTo("0.6");
        assertThat(july.period()).isEqualTo("1–7月");
    }

    @ParameterizedTest(name = "1–{0}月 累计 {1}万 of 100万 → 执行 {2}, ÷ 序时进度 = {3}")
    @CsvSource({
            "1, 5, 0.05, 0.6",
            "3, 25, 0.25, 1",
            "6, 29.99, 0.2999, 0.5998",
            "6, 30, 0.3, 0.6",
            "6, 40, 0.4, 0.8",
            "12, 100, 1, 1",
            "12, 110, 1.1, 1.1",
            "9, 0, 0, 0"})
    void ratesAndTimeProgress(int month, String spentWan, String rate, String ratio) {
        MonthlyExecution execution = spentBy(month, spentWan).month(month);

        assertThat(execution.rate()).isEqualByComparingTo(rate);
        assertThat(execution.timeProgressRatio()).isEqualByComparingTo(ratio);
    }

    @Test
    void aNonTerminatingRatioIsCarriedWith34Digits() {
        // 1–7月 46.66%: 46.66 × 12 / 700 = 0.79988571428…
        BigDecimal ratio = spentBy(7, "46.66").month(7).timeProgressRatio();

        assertThat(ratio.precision()).isEqualTo(34);
        assertThat(Rates.percent(ratio)).isEqualTo("79.99%");
        assertThat(ratio).isLessThan(d("0.8"));
    }

    @Test
    void monthsWithoutRecordsKeepTheCumulativeAndSpendNothing() {
        ExecutionSeries series = cumulative("10", "20", "20", "20", "35");

        assertThat(series.months()).extracting(MonthlyExecution::spent)
                .containsExactly(wan("10"), wan("10"), wan("0"), wan("0"), wan("15"));
        assertThat(series.months()).extracting(m -> m.rate().stripTrailingZeros().toPlainString())
                .containsExactly("0.1", "0.2", "0.2", "0.2", "0.35");
        assertThat(series.latest().month()).isEqualTo(5);
    }

    @Test
    void severalRecordsOfOneMonthAddUp() {
        ExecutionSeries series = new ExecutionSeries(YEAR, wan("100"), List.of(), List.of(
                new ExecutionRecord(2, wan("3")), new ExecutionRecord(2, wan("4.5")), new ExecutionRecord(1, wan("1"))), 2);

        assertThat(series.month(2).spent()).isEqualTo(wan("7.5"));
        assertThat(series.month(2).cumulative()).isEqualTo(wan("8.5"));
    }

    /** S7: 预算执行率 = 预算执行数 / 调整后预算数; the budget in force on the last day of the month counts. */
    @Test
    void aBudgetAdjustmentCountsFromTheMonthItIsInForceAtItsEnd() {
        ExecutionSeries series = new ExecutionSeries(YEAR, wan("100"), List.of(adjustment(9, 1, "60"),
                adjustment(6, 30, "80")), monthly("10", 9), 9);

        assertThat(series.budgetAt(5)).isEqualTo(wan("100"));
        assertThat(series.month(5).rate()).isEqualByComparingTo("0.5");
        assertThat(series.budgetAt(6)).isEqualTo(wan("80"));
        assertThat(series.month(6).rate()).isEqualByComparingTo("0.75");
        assertThat(series.month(8).rate()).isEqualByComparingTo("1");
        // 调减 to 60万 with 90万 spent: 150%, which the average caps at 100%
        assertThat(series.month(9).rate()).isEqualByComparingTo("1.5");
        assertThat(series.month(9).cappedRate(BigDecimal.ONE)).isEqualByComparingTo("1");
        assertThat(series.currentBudget()).isEqualTo(wan("60"));
    }

    @Test
    void anAdjustmentOnTheFirstOfTheNextMonthDoesNotCountForThisOne() {
        ExecutionSeries series = new ExecutionSeries(YEAR, wan("100"), List.of(adjustment(7, 1, "50")),
                monthly("10", 7), 7);

        assertThat(series.month(6).rate()).isEqualByComparingTo("0.6");
        assertThat(series.month(7).rate()).isEqualByComparingTo("1.4");
    }

    @Test
    void twoAdjustmentsOnOneDateTheLastListedWins() {
        ExecutionSeries series = new ExecutionSeries(YEAR, wan("100"), List.of(adjustment(3, 10, "120"),
                adjustment(3, 10, "90")), List.of(), 3);

        assertThat(series.budgetAt(3)).isEqualTo(wan("90"));
    }

    /** seed 002 / rules.md §4.3: the mean of the monthly rates, each capped at 100%. */
    @Test
    void theYearlyAverageCapsEachMonthAt100Percent() {
        // cumulative 5, 25, 40, 50, 60, 60 (no spending in June), 70, 80, 90, 100, 110, 120 (万 of 100万)
        ExecutionSeries series = cumulative("5", "25", "40", "50", "60", "60", "70", "80", "90", "100", "110", "120");

        assertThat(series.averageRate()).isEqualByComparingTo("0.65");
        assertThat(series.averageRate(1, 12, d("100"))).isEqualByComparingTo("0.675"); // uncapped
        assertThat(series.monthlyRates(11, 12)).extracting(BigDecimal::toPlainString).containsExactly("1.1", "1.2");
        // "n为当年自通报起至通报月份数": from the first reported month, here March
        assertThat(series.averageRate(3, 5, BigDecimal.ONE)).isEqualByComparingTo("0.5");
    }

    @Test
    void anAverageThatDoesNotTerminateIsExactTo34Digits() {
        ExecutionSeries series = cumulative("10", "20", "20");

        assertThat(series.averageRate()).isEqualByComparingTo("0.1666666666666666666666666666666667");
        assertThat(Rates.percent(series.averageRate())).isEqualTo("16.67%");
    }

    /** seed 001's plan 3月底 30%, 6月底 60%, 10月底 80%, 12月底 100% against the execution through 7月. */
    @Test
    void againstTheProjectsOwnSpendingPlan() {
        ExecutionSeries series = cumulative("5", "10", "24", "30", "40", "45", "50");

        List<PlanComparison> comparisons = series.againstPlan(seed001Plan());

        assertThat(comparisons).extracting(PlanComparison::checkpointMonth).containsExactly(3, 6);
        assertThat(comparisons.get(0).deviation()).isEqualByComparingTo("-0.06");
        assertThat(comparisons.get(0).ratio()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.8"));
        assertThat(comparisons.get(1).deviation()).isEqualByComparingTo("-0.15");
        assertThat(comparisons.get(1).ratio()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.75"));
        PlanComparison july = series.againstPlanAt(seed001Plan(), 7).orElseThrow();
        assertThat(july.checkpointMonth()).isEqualTo(6);
        assertThat(july.execution().month()).isEqualTo(7);
        assertThat(july.ratio()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.8333333333333333333333333333333333"));
        assertThat(series.againstPlanAt(seed001Plan(), 2)).isEmpty();
        assertThat(series.againstPlan(SpendingPlan.EMPTY)).isEmpty();
    }

    @Test
    void aPlanOfZeroHasNoRatio() {
        PlanComparison comparison = cumulative("0").againstPlan(new SpendingPlan(List.of(
                new Checkpoint(1, BigDecimal.ZERO)))).get(0);

        assertThat(comparison.ratio()).isEmpty();
        assertThat(comparison.deviation()).isEqualByComparingTo("0");
    }

    @Test
    void refusesWhatCannotBeMeasured() {
        assertThatThrownBy(() -> spentBy(7, "1").month(8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExecutionSeries(YEAR, wan("100"), List.of(), List.of(new ExecutionRecord(8, wan("1"))), 7))
                .hasMessageContaining("after the last reported month");
        assertThatThrownBy(() -> new ExecutionSeries(YEAR, wan("0"), List.of(), List.of(), 7))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExecutionSeries(YEAR, wan("100"), List.of(
                new BudgetAdjustment(java.time.LocalDate.of(2025, 1, 1), wan("1"), "x")), List.of(), 7))
                .hasMessageContaining("outside fiscal year");
        assertThatThrownBy(() -> new ExecutionRecord(13, wan("1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExecutionRecord(1, wan("-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> adjustment(3, 1, "0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BudgetAdjustment(java.time.LocalDate.of(2024, 3, 1), wan("1"), " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> spentBy(7, "1").averageRate(5, 3, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static SpendingPlan seed001Plan() {
        return new SpendingPlan(List.of(new Checkpoint(3, d("30")), new Checkpoint(6, d("60")),
                new Checkpoint(10, d("80")), new Checkpoint(12, d("100"))));
    }

    private static List<ExecutionRecord> monthly(String wan, int months) {
        return java.util.stream.IntStream.rangeClosed(1, months).mapToObj(m -> new ExecutionRecord(m, wan(wan))).toList();
    }
}
