package org.jixiao.monitoring.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Cumulative execution thresholds by month (Sichuan 川财绩〔2025〕10号 [L, S21]: 1–4月 &lt; 25%, 1–6月 &lt; 40%,
 * 1–8月 &lt; 60%, 1–10月 &lt; 80% → 预警). At a month the latest step not after it applies (at 1–7月 the 1–6月 step);
 * before the first step the set says nothing. A rate below the step's minimum lights {@code lamp}, else 绿.
 *
 * @param lamp  the lamp of a rate below the minimum
 * @param steps the steps, one per month, kept in month order
 */
public record ThresholdSet(Lamp lamp, List<Step> steps) {

    public ThresholdSet {
        Objects.requireNonNull(lamp, "lamp");
        steps = steps.stream().sorted(Comparator.comparingInt(Step::throughMonth)).toList();
        Set<Integer> months = new HashSet<>();
        for (Step step : steps) {
            if (!months.add(step.throughMonth())) {
                throw new IllegalArgumentException("two thresholds for month " + step.throughMonth());
            }
        }
        if (lamp.isGreen()) {
            throw new IllegalArgumentException("a threshold warns with 红 or 黄");
        }
    }

    /** Cumulative execution by the end of {@code throughMonth} should be at least {@code minimum} (a fraction). */
    public record Step(int throughMonth, BigDecimal minimum) {
        public Step {
            Objects.requireNonNull(minimum, "minimum");
            if (!Months.isValid(throughMonth)) {
                throw new IllegalArgumentException("month must be 1–12: " + throughMonth);
            }
            if (minimum.signum() < 0) {
                throw new IllegalArgumentException("a minimum rate is not negative: " + minimum);
            }
        }

        /** "1–6月不低于40%". */
        public String describe() {
            return Months.through(throughMonth) + "累计执行率不低于" + Rates.percent(minimum);
        }
    }

    /** The step that applies at the end of {@code month}. */
    public Optional<Step> stepAt(int month) {
        Step found = null;
        for (Step step : steps) {
            if (step.throughMonth() <= month) {
                found = step;
            }
        }
        return Optional.ofNullable(found);
    }
}
