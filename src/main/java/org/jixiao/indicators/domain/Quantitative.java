package org.jixiao.indicators.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * 定量指标值: a number with its {@link Comparator} and 计量单位, e.g. {@code ≥95%}, {@code ≤20万元},
 * {@code 99人}, {@code 2.86万元/人}, {@code 不低于95%}, {@code 95%以上}.
 *
 * <p>The number keeps the scale it was written with ({@code 73.20} has scale 2); thousands separators are
 * dropped ({@code 1,000} reads 1000). The unit is in folded form ({@code ％} reads {@code %}).
 */
public final class Quantitative implements IndicatorValue {

    private final String raw;
    private final Comparator comparator;
    private final BigDecimal number;
    private final String unit;

    Quantitative(String raw, Comparator comparator, BigDecimal number, String unit) {
        this.raw = Objects.requireNonNull(raw, "raw");
        this.comparator = Objects.requireNonNull(comparator, "comparator");
        this.number = Objects.requireNonNull(number, "number");
        this.unit = Objects.requireNonNull(unit, "unit");
    }

    /**
     * A value built from its parts, written canonically ({@code ≥} + plain number + unit, e.g. {@code ≥95%}).
     *
     * @throws IllegalArgumentException when the parts would not read back as the same value (a unit such as
     *                                  {@code 月底} or {@code 人左右}, or a full-width unit)
     */
    public static Quantitative of(Comparator comparator, BigDecimal number, String unit) {
        Objects.requireNonNull(comparator, "comparator");
        Objects.requireNonNull(number, "number");
        String text = comparator.symbol() + number.toPlainString() + (unit == null ? "" : unit);
        if (IndicatorValue.parse(text) instanceof Quantitative read && read.comparator == comparator
                && read.number.compareTo(number) == 0 && read.unit.equals(unit == null ? "" : unit)) {
            return read;
        }
        throw new IllegalArgumentException("not a measurement that reads back unchanged: " + text);
    }

    public Comparator comparator() {
        return comparator;
    }

    public BigDecimal number() {
        return number;
    }

    /** 计量单位 in folded form; empty when none is written. */
    public String unit() {
        return unit;
    }

    public boolean isPercent() {
        return Units.PERCENT.equals(unit);
    }

    /** Whether the unit is on the closed list of {@link Units} (an empty unit counts as known). */
    public boolean knownUnit() {
        return unit.isEmpty() || Units.isKnown(unit);
    }

    /** Same comparator, unit and numeric value, whatever the spelling: {@code 73.2万元} and {@code 73.20万元}. */
    public boolean sameMeasureAs(Quantitative other) {
        return comparator == other.comparator && unit.equals(other.unit) && number.compareTo(other.number) == 0;
    }

    @Override
    public String format() {
        return raw;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Quantitative other && raw.equals(other.raw);
    }

    @Override
    public int hashCode() {
        return raw.hashCode();
    }

    @Override
    public String toString() {
        return "Quantitative[" + raw + " → " + comparator + " " + number.toPlainString() + " " + unit + "]";
    }
}
