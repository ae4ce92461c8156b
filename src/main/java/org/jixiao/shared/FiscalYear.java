package org.jixiao.shared;

/** 预算年度: a budget (fiscal) year; in China the calendar year. */
public record FiscalYear(int value) implements Comparable<FiscalYear> {

    public static final int MIN = 2000;
    public static final int MAX = 2100;

    public FiscalYear {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("fiscal year out of range " + MIN + "–" + MAX + ": " + value);
        }
    }

    public static FiscalYear of(int value) {
        return new FiscalYear(value);
    }

    public static boolean isValid(int value) {
        return value >= MIN && value <= MAX;
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
