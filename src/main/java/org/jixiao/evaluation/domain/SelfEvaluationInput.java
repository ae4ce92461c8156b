package org.jixiao.evaluation.domain;

import java.util.List;

/**
 * A project self-evaluation as typed, every field as text (form and API produce it alike): 全年预算数 and 全年执行数
 * in 万元, the reason for low execution, and one row per indicator of the goal table, in the table's order.
 *
 * @param version the version read, for optimistic locking; null when scoring without saving
 */
public record SelfEvaluationInput(Long version, String budgetWan, String executedWan, String executionReason,
                                  List<Row> rows) {

    public SelfEvaluationInput {
        budgetWan = text(budgetWan);
        executedWan = text(executedWan);
        executionReason = text(executionReason);
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /**
     * One indicator row.
     *
     * @param actual          实际完成值 as typed (a number with or without the unit, a date, a band phrase); for a
     *                        不适用 row the reason
     * @param band            the 定性 band (enum name or phrase) when it is not the 实际完成值 itself (late deadline)
     * @param score           the score given within the band (定性, late deadline)
     * @param notApplicable   不适用
     * @param deviationReason 偏差原因分析及改进措施
     * @param deduction       a reviewer's 偏离度 deduction in points
     * @param deductionReason the reason for it
     */
    public record Row(String actual, String band, String score, boolean notApplicable, String deviationReason,
                      String deduction, String deductionReason) {
        public Row {
            actual = text(actual);
            band = text(band);
            score = text(score);
            deviationReason = text(deviationReason);
            deduction = text(deduction);
            deductionReason = text(deductionReason);
        }

        public static Row empty() {
            return new Row("", "", "", false, "", "", "");
        }
    }

    static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
