package org.jixiao.indicators.domain;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * 时限: a point in time a 时效指标 is measured against — {@code 12月底前}, {@code 12月前},
 * {@code 预计2024年12月底前完成}, {@code 2024年12月31日前}, {@code 年底前}, {@code 第三季度前},
 * {@code 上半年}, or a recurring day such as {@code 每月25号}.
 *
 * <p>Year, month and day are what the text says: no year is invented ({@link #latestDate(int)} supplies the
 * fiscal year), quarters and half years are held as the month they end in (第三季度 → 9, 上半年 → 6),
 * 年底/年末 as month 12.
 */
public final class Deadline implements IndicatorValue {

    private static final int DECEMBER = 12;

    private final String raw;
    private final Integer year;
    private final Integer month;
    private final Integer day;
    private final boolean recurring;

    Deadline(String raw, Integer year, Integer month, Integer day, boolean recurring) {
        this.raw = Objects.requireNonNull(raw, "raw");
        this.year = year;
        this.month = month;
        this.day = day;
        this.recurring = recurring;
    }

    /** The year written in the text ({@code 预计2023年12月底前完成} → 2023), if any. */
    public Optional<Integer> year() {
        return Optional.ofNullable(year);
    }

    /** 1–12; for a recurring monthly deadline empty. */
    public Optional<Integer> month() {
        return Optional.ofNullable(month);
    }

    /** Day of month when written ({@code 每月25号} → 25, {@code 12月31日前} → 31); 月底 leaves it empty. */
    public Optional<Integer> day() {
        return Optional.ofNullable(day);
    }

    /** Whether the deadline repeats: {@code 每月25号} (monthly) or {@code 每年6月底} (yearly). */
    public boolean recurring() {
        return recurring;
    }

    /**
     * The last day the deadline allows in {@code fiscalYear}: the explicit year wins over the fiscal year (so a
     * check can see that {@code 预计2023年12月底前完成} lies before a 2024 table's year); a month without a day
     * means its last day, and "前" is read as "by the end of" because goal tables use {@code 12月前} for "within
     * December"; no month means 31 December; a recurring deadline gives its last occurrence in the year
     * ({@code 每月25号} → 12-25). A day that the month lacks in that year (2月29日) is moved to the month's end.
     * Empty only for a deadline without any anchor, which no form read today produces.
     *
     * @throws IllegalArgumentException when {@code fiscalYear} is outside the range of {@link LocalDate}
     */
    public Optional<LocalDate> latestDate(int fiscalYear) {
        if (fiscalYear < Year.MIN_VALUE || fiscalYear > Year.MAX_VALUE) {
            throw new IllegalArgumentException("fiscal year out of range: " + fiscalYear);
        }
        int y = year != null ? year : fiscalYear;
        int m = month != null ? month : DECEMBER;
        YearMonth yearMonth = YearMonth.of(y, m);
        int d = day != null ? Math.min(day, yearMonth.lengthOfMonth()) : yearMonth.lengthOfMonth();
        return Optional.of(yearMonth.atDay(d));
    }

    @Override
    public String format() {
        return raw;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Deadline other && raw.equals(other.raw);
    }

    @Override
    public int hashCode() {
        return raw.hashCode();
    }

    @Override
    public String toString() {
        return "Deadline[" + raw + " → year=" + year + ", month=" + month + ", day=" + day
                + (recurring ? ", recurring" : "") + "]";
    }
}
