package org.jixiao.monitoring.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.shared.Amount;
import org.jixiao.shared.FiscalYear;

/** Rule sets and series built in code, as the shipped JSON should read. */
public final class MonitoringFixtures {

    public static final FiscalYear YEAR = FiscalYear.of(2024);

    private MonitoringFixtures() {
    }

    public static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    public static Amount wan(String wan) {
        return Amount.ofWan(d(wan));
    }

    private static final Map<Likelihood, Lamp> LIKELIHOOD = Map.of(Likelihood.CERTAIN, Lamp.GREEN,
            Likelihood.POSSIBLE, Lamp.YELLOW, Likelihood.IMPOSSIBLE, Lamp.RED);
    private static final Map<IndicatorProgress, Lamp> PROGRESS = Map.of(IndicatorProgress.ACHIEVED, Lamp.GREEN,
            IndicatorProgress.PARTLY_ACHIEVED, Lamp.YELLOW, IndicatorProgress.NOT_ACHIEVED, Lamp.RED);

    /** rules.md §4.3 / §6.4: time progress and plan 60/80, qualitative lamps. */
    public static LampRules national() {
        Bands bands = new Bands(d("0.60"), d("0.80"));
        return new LampRules("national-2019", "全国默认预警规则", "rules.md §4.3", Optional.empty(), FiscalYear.of(2019),
                Optional.empty(), Optional.of(bands), Optional.of(bands), Optional.empty(), Optional.empty(),
                LIKELIHOOD, PROGRESS, List.of(new MonitoringPeriod(7, Optional.of(java.time.MonthDay.of(8, 31)))));
    }

    /** rules.md §4.3 / §6.4 [L, S21]: Sichuan's thresholds 25/40/60/80% and the 10% goal gap, besides the national rules. */
    public static LampRules sichuan() {
        Bands bands = new Bands(d("0.60"), d("0.80"));
        ThresholdSet thresholds = new ThresholdSet(Lamp.RED, List.of(new ThresholdSet.Step(4, d("0.25")),
                new ThresholdSet.Step(6, d("0.40")), new ThresholdSet.Step(8, d("0.60")),
                new ThresholdSet.Step(10, d("0.80"))));
        return new LampRules("sichuan-510000-2025", "四川省预警规则", "rules.md §4.3", Optional.of(new RegionCode("510000")),
                FiscalYear.of(2025), Optional.empty(), Optional.of(bands), Optional.of(bands), Optional.of(thresholds),
                Optional.of(new GoalGapRule(d("0.10"), Lamp.RED)), LIKELIHOOD, PROGRESS,
                List.of(new MonitoringPeriod(7, Optional.empty()), new MonitoringPeriod(10, Optional.empty())));
    }

    /** Budget 100万, the cumulative percentages given spent by the end of months 1, 2, … (a null month spends nothing). */
    public static ExecutionSeries cumulative(String... cumulativeWan) {
        List<ExecutionRecord> records = new ArrayList<>();
        BigDecimal before = BigDecimal.ZERO;
        for (int i = 0; i < cumulativeWan.length; i++) {
            BigDecimal now = d(cumulativeWan[i]);
            if (now.compareTo(before) != 0) {
                records.add(new ExecutionRecord(i + 1, Amount.ofWan(now.subtract(before))));
            }
            before = now;
        }
        return new ExecutionSeries(YEAR, wan("100"), List.of(), records, cumulativeWan.length);
    }

    /** Budget 100万, {@code cumulativeWan} spent in January, reported through {@code month}. */
    public static ExecutionSeries spentBy(int month, String cumulativeWan) {
        List<ExecutionRecord> records = d(cumulativeWan).signum() == 0 ? List.of()
                : List.of(new ExecutionRecord(1, wan(cumulativeWan)));
        return new ExecutionSeries(YEAR, wan("100"), List.of(), records, month);
    }

    public static BudgetAdjustment adjustment(int month, int day, String newBudgetWan) {
        return new BudgetAdjustment(LocalDate.of(YEAR.value(), month, day), wan(newBudgetWan), "年中追加/调减");
    }
}
