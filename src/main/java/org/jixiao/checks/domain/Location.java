package org.jixiao.checks.domain;

/**
 * Where a finding points: the project (null for a department table), the indicator row (0-based, null for a
 * table-level finding) and the field, named like the goal-table document ({@code value}, {@code description},
 * {@code budgetWan}, {@code spendingPlan}, {@code goals[1]} …; null when the whole row or table is meant).
 */
public record Location(String projectCode, Integer row, String field) {

    public static Location table(String projectCode, String field) {
        return new Location(projectCode, null, field);
    }

    public static Location row(String projectCode, int row, String field) {
        return new Location(projectCode, row, field);
    }

    /** The document path of the field: {@code indicators[3].value}, {@code budgetWan}, or null. */
    public String path() {
        if (row == null) {
            return field;
        }
        return "indicators[" + row + "]" + (field == null ? "" : "." + field);
    }
}
