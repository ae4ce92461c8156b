package org.jixiao.monitoring.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.shared.FiscalYear;

/**
 * 预警规则: the lamp rules a finance bureau sets, as versioned data per 财政区划 and 年度 (rules.md §11: "make every
 * number configurable per 财政区划/年度"). Read from JSON ({@code monitoring/lamp-rules}); nothing here is a
 * constant in code. Each execution rule is optional; a version has at least one.
 *
 * @param id              stable id of this version ({@code national-2019})
 * @param name            Chinese name shown with every lamp
 * @param basis           the documents it follows (rules.md sections)
 * @param region          the 财政区划 it applies to (510000 = all of Sichuan); empty for the national default
 * @param from            first fiscal year it applies to
 * @param until           last fiscal year, empty while in force
 * @param timeProgress    bands on 执行进度 ÷ 序时进度 (rules.md §4.3 [I]: 60/80)
 * @param plan            bands on 实际执行 ÷ 计划执行 at the project's 资金支出计划 checkpoint
 * @param thresholds      cumulative thresholds by month (Sichuan 25/40/60/80%)
 * @param goalGap         maximum gap between goal progress and execution (Sichuan 10%)
 * @param likelihoodLamps the lamp of each 完成目标可能性
 * @param progressLamps   the lamp of each qualitative progress (rules.md §6.4 [I])
 * @param periods         the 自行监控 periods (rules.md §6.2)
 */
public record LampRules(String id, String name, String basis, Optional<RegionCode> region, FiscalYear from,
                        Optional<FiscalYear> until, Optional<Bands> timeProgress, Optional<Bands> plan,
                        Optional<ThresholdSet> thresholds, Optional<GoalGapRule> goalGap,
                        Map<Likelihood, Lamp> likelihoodLamps, Map<IndicatorProgress, Lamp> progressLamps,
                        List<MonitoringPeriod> periods) {

    public LampRules {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(timeProgress, "timeProgress");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(goalGap, "goalGap");
        likelihoodLamps = Map.copyOf(likelihoodLamps);
        progressLamps = Map.copyOf(progressLamps);
        periods = List.copyOf(periods);
        if (until.isPresent() && until.get().compareTo(from) < 0) {
            throw new IllegalArgumentException("lamp rules " + id + " end before they begin");
        }
        if (timeProgress.isEmpty() && plan.isEmpty() && thresholds.isEmpty()) {
            throw new IllegalArgumentException("lamp rules " + id + " have no execution rule");
        }
        for (Likelihood likelihood : Likelihood.values()) {
            if (!likelihoodLamps.containsKey(likelihood)) {
                throw new IllegalArgumentException("lamp rules " + id + " lack the lamp of " + likelihood);
            }
        }
        for (IndicatorProgress progress : IndicatorProgress.values()) {
            if (!progressLamps.containsKey(progress)) {
                throw new IllegalArgumentException("lamp rules " + id + " lack the lamp of " + progress);
            }
        }
    }

    /** Whether this version applies to {@code year} (its region aside). */
    public boolean covers(FiscalYear year) {
        return year.compareTo(from) >= 0 && until.map(last -> year.compareTo(last) <= 0).orElse(true);
    }

    /** The configured period with this cut-off month, if any. */
    public Optional<MonitoringPeriod> period(int cutOffMonth) {
        return periods.stream().filter(p -> p.cutOffMonth() == cutOffMonth).findFirst();
    }
}
