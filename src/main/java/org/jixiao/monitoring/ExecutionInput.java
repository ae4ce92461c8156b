package org.jixiao.monitoring;

import java.util.List;

/**
 * Spending records and budget adjustments of one unit-year as typed (every field text, as in a form, a JSON
 * document or a treasury export row), checked as a whole by {@link ExecutionRecordManagement#record}.
 *
 * @param records     实际支出: project code, a date ({@code 2024-03-15}) or a month (1–12, counted on its last
 *                    day), amount in 元, note
 * @param adjustments 预算调整: project code, date, the new budget or the change (元, signed), reason
 */
public record ExecutionInput(List<Spending> records, List<Adjustment> adjustments) {

    public ExecutionInput {
        records = records == null ? List.of() : List.copyOf(records);
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    }

    /** One 实际支出 as typed. {@code line} is the source row (import) or null. */
    public record Spending(String projectCode, String date, String month, String amountYuan, String note,
                           Integer line) {
        public Spending(String projectCode, String date, String month, String amountYuan, String note) {
            this(projectCode, date, month, amountYuan, note, null);
        }
    }

    /** One 预算调整 as typed: {@code newBudgetYuan} or {@code deltaYuan}, not both. */
    public record Adjustment(String projectCode, String date, String newBudgetYuan, String deltaYuan,
                             String reason) {
    }
}
