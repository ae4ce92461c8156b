package org.jixiao.evaluation;

import java.math.BigDecimal;

import org.jixiao.evaluation.domain.SelfEvaluationScorer;
import org.jixiao.shared.Amount;

/**
 * What 运行监控 (the monitoring module's execution records) says of a self-evaluated project's year: the basis of the
 * prefilled 全年执行数 and 全年预算数 when a self-evaluation is started, and the figures shown beside the typed ones.
 * Never stored: read from monitoring as it stands.
 *
 * @param executed   Σ recorded spending of the year (months 1…{@code lastMonth}), exact 元
 * @param records    how many spending records were counted (0: only budget adjustments are recorded)
 * @param lastMonth  the last month with a spending record of the project, 0 without records
 * @param budget     the budget in force after the year's 预算调整 (the goal table's 预算数 when none is recorded), null
 *                   when monitoring knows no budget for the project
 * @param adjusted   a 预算调整 is recorded for the project in the year
 */
public record MonitoredExecution(Amount executed, int records, int lastMonth, Amount budget, boolean adjusted) {

    /** 全年执行数 in 万元 as the form takes it (exact: 元 with 分 are at most six decimals of 万元). */
    public String executedWan() {
        return wan(executed);
    }

    /** The budget in force in 万元, exact; null without a budget. */
    public String budgetWan() {
        return budget == null ? null : wan(budget);
    }

    /** Whether spending is recorded (only then is 全年执行数 prefilled and compared). */
    public boolean hasRecords() {
        return records > 0;
    }

    /**
     * Whether a typed 全年执行数 (万元, as typed) differs from the recorded one: blank or unreadable text differs;
     * false when no spending is recorded.
     */
    public boolean executedDiffersFrom(String typedWan) {
        return hasRecords() && differs(typedWan, executed);
    }

    /** Whether a typed 全年预算数 differs from the budget in force after the recorded adjustments (when there are any). */
    public boolean budgetDiffersFrom(String typedWan) {
        return adjusted && budget != null && differs(typedWan, budget);
    }

    private static boolean differs(String typedWan, Amount recorded) {
        BigDecimal typed = typedWan == null ? null
                : SelfEvaluationScorer.decimal(typedWan.replace(",", "").replace("，", ""));
        return typed == null || typed.movePointRight(4).compareTo(recorded.yuan()) != 0;
    }

    private static String wan(Amount amount) {
        BigDecimal w = amount.yuan().movePointLeft(4).stripTrailingZeros();
        return (w.scale() < 0 ? w.setScale(0) : w).toPlainString();
    }
}
