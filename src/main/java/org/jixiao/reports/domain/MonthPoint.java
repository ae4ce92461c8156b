package org.jixiao.reports.domain;

import java.math.BigDecimal;

/** 累计执行率 at the end of a month (1–12), in per cent, from the execution monitoring records. */
public record MonthPoint(int month, BigDecimal ratePercent) {

    public MonthPoint {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month 1–12: " + month);
        }
    }
}
