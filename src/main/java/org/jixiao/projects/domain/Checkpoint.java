package org.jixiao.projects.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One point of the 资金支出计划: by the end of {@code month}, {@code cumulativePercent} % of the budget is spent.
 * The percentage is held with two decimals.
 */
public record Checkpoint(int month, BigDecimal cumulativePercent) implements Comparable<Checkpoint> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Checkpoint {
        Objects.requireNonNull(cumulativePercent, "cumulativePercent");
        if (!isValidMonth(month)) {
            throw new IllegalArgumentException("month must be 1–12: " + month);
        }
        if (!isValidPercent(cumulativePercent)) {
            throw new IllegalArgumentException("percent must be 0–100 with at most two decimals: " + cumulativePercent);
        }
        // one scale for every instance, so that 30, 30.0 and the database's 30.00 are the same checkpoint
        cumulativePercent = cumulativePercent.setScale(2);
    }

    public static boolean isValidMonth(int month) {
        return month >= 1 && month <= 12;
    }

    public static boolean isValidPercent(BigDecimal percent) {
        return percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0 && percent.stripTrailingZeros().scale() <= 2;
    }

    @Override
    public int compareTo(Checkpoint other) {
        return Integer.compare(month, other.month);
    }
}
