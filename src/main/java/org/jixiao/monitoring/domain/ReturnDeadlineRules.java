package org.jixiao.monitoring.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.shared.FiscalYear;

/**
 * When 双监控 returns are due and how early to remind (待办提醒), as data per 财政区划 and year: {@code noticeDays}
 * before a period's due date its unsubmitted returns appear as 待办; after it they are 已逾期. Due dates given here
 * complete or override those of the lamp rules' periods (whose sources name few).
 *
 * @param id         version id
 * @param region     the area it applies to, or empty for the national default
 * @param from       first fiscal year
 * @param noticeDays days before the due date from which a reminder shows (≥ 0)
 * @param due        due date by cut-off month (the due day lies in the fiscal year, or in the next for {@code MM-DD}
 *                   before the period's end, e.g. 12 → 01-31)
 */
public record ReturnDeadlineRules(String id, Optional<RegionCode> region, FiscalYear from, int noticeDays,
                                  Map<Integer, MonthDay> due) {

    public ReturnDeadlineRules {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(from, "from");
        if (noticeDays < 0 || noticeDays > 366) {
            throw new IllegalArgumentException("noticeDays 0–366: " + noticeDays);
        }
        due = Map.copyOf(due);
        due.keySet().forEach(m -> {
            if (!Months.isValid(m)) {
                throw new IllegalArgumentException("cut-off month 1–12: " + m);
            }
        });
    }

    /** The version in force for a unit's region and year: its own most specific one, else the national default. */
    public static Optional<ReturnDeadlineRules> inForce(List<ReturnDeadlineRules> versions, RegionCode region,
                                                        FiscalYear year) {
        Optional<ReturnDeadlineRules> own = versions.stream()
                .filter(r -> r.region.isPresent() && LampRulesCatalog.covers(r.region.get(), region)
                        && r.from.value() <= year.value())
                .max(Comparator.<ReturnDeadlineRules>comparingInt(r -> LampRulesCatalog.prefix(r.region.get()).length())
                        .thenComparing(r -> r.from.value()));
        return own.isPresent() ? own : versions.stream()
                .filter(r -> r.region.isEmpty() && r.from.value() <= year.value())
                .max(Comparator.comparing(r -> r.from.value()));
    }

    /** The due date of a period of {@code year}: this version's, else the period's own; empty when none names one. */
    public Optional<LocalDate> dueDate(FiscalYear year, MonitoringPeriod period) {
        Optional<MonthDay> day = Optional.ofNullable(due.get(period.cutOffMonth())).or(period::due);
        return day.map(d -> d.getMonthValue() < period.cutOffMonth() || period.cutOffMonth() == 12 && d.getMonthValue() < 12
                ? d.atYear(year.value() + 1) : d.atYear(year.value()));
    }

    /** Where a period stands on {@code today}: not yet to be reminded, 待办 (due within noticeDays), or 已逾期. */
    public Urgency urgency(LocalDate due, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, due);
        if (days < 0) {
            return Urgency.OVERDUE;
        }
        return days <= noticeDays ? Urgency.DUE_SOON : Urgency.LATER;
    }

    /** Where a due date stands. */
    public enum Urgency { LATER, DUE_SOON, OVERDUE }
}
