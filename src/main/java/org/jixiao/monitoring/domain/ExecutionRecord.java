package org.jixiao.monitoring.domain;

import java.util.Objects;

import org.jixiao.shared.Amount;

/**
 * 实际支出: money spent in one month of the fiscal year (not cumulative). Several records of a month add up; a
 * month without a record spent nothing.
 */
public record ExecutionRecord(int month, Amount amount) {

    public ExecutionRecord {
        Objects.requireNonNull(amount, "amount");
        if (!Months.isValid(month)) {
            throw new IllegalArgumentException("month must be 1–12: " + month);
        }
        if (amount.isNegative()) {
            throw new IllegalArgumentException("spending of month " + month + " is negative: " + amount);
        }
    }
}
