package org.jixiao.monitoring.domain;

import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

/**
 * A 自行监控 period of a rule set (rules.md §6.2): figures 1–{@code cutOffMonth}月, due on {@code due} where the
 * source names a date (central [U, 136号]: 1–7月, reported in August; Sichuan [L, S21]: 7月底 and 10月底, due
 * date not stated).
 */
public record MonitoringPeriod(int cutOffMonth, Optional<MonthDay> due) {

    public MonitoringPeriod {
        Objects.requireNonNull(due, "due");
        if (!Months.isValid(cutOffMonth)) {
            throw new IllegalArgumentException("cut-off month must be 1–12: " + cutOffMonth);
        }
    }

    /** "1–7月". */
    public String label() {
        return Months.through(cutOffMonth);
    }
}
