package org.jixiao.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jixiao.shared.Amount;

/**
 * A 双监控 return's project as the execution records (运行监控) have it at the return's cut-off month: the basis of the
 * return's prefilled 执行数 and of the budget its money lamp is measured against.
 *
 * @param cutOffMonth the return's period 1–m月
 * @param executed    Σ recorded spending of months 1…m
 * @param budget      the budget in force on the last day of month m (预算数 with the recorded 预算调整), null when
 *                    the goal table's project has no 预算数
 * @param records     how many spending records were counted
 * @param adjusted    a 预算调整 was recorded on or before the cut-off month
 */
public record RecordedExecution(int cutOffMonth, Amount executed, Amount budget, int records, boolean adjusted) {

    /** 执行数 in 万元 as the form shows it (exact: 元 with 分 are at most six decimals of 万元). */
    public String executedWan() {
        return wan(executed);
    }

    public String budgetWan() {
        return budget == null ? null : wan(budget);
    }

    /**
     * Whether a typed 执行数 (万元, as typed) differs from the recorded one: blank or unreadable text differs, so the
     * recorded figure is shown beside it.
     */
    public boolean differsFrom(String typedWan) {
        if (typedWan == null || typedWan.isBlank()) {
            return true;
        }
        try {
            BigDecimal typed = new BigDecimal(typedWan.strip().replace(",", ""));
            return typed.movePointRight(4).compareTo(executed.yuan()) != 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static String wan(Amount amount) {
        BigDecimal w = amount.yuan().movePointLeft(4).setScale(6, RoundingMode.UNNECESSARY).stripTrailingZeros();
        return (w.scale() < 0 ? w.setScale(0) : w).toPlainString();
    }
}
