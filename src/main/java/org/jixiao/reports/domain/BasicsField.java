package org.jixiao.reports.domain;

/**
 * One figure or text of the report basics (报告基本信息) a unit enters: its key in forms and the API, its Chinese
 * label and what it holds. Money is in 元.
 */
public enum BasicsField {
    INSTITUTIONS("institutions", "机构设置", Kind.TEXT, 4000),
    STAFF_AUTHORIZED("staffAuthorized", "人员编制（人）", Kind.COUNT, 0),
    STAFF_ACTUAL("staffActual", "实有人数（人）", Kind.COUNT, 0),
    FUNCTIONS("functions", "主要职能", Kind.TEXT, 8000),
    INCOME_TOTAL("incomeTotal", "收入合计（元）", Kind.MONEY, 0),
    EXPENSE_TOTAL("expenseTotal", "支出合计（元）", Kind.MONEY, 0),
    BASIC_EXPENSE("basicExpense", "其中：基本支出（元）", Kind.MONEY, 0),
    PROJECT_EXPENSE("projectExpense", "其中：项目支出（元）", Kind.MONEY, 0),
    CARRY_OVER("carryOver", "年末结转结余（元）", Kind.MONEY, 0),
    BUDGET_INITIAL("budgetInitial", "年初预算数（元）", Kind.MONEY, 0),
    BUDGET_ADJUSTED("budgetAdjusted", "调整后预算数（元）", Kind.MONEY, 0),
    THREE_PUBLIC_BUDGET("threePublicBudget", "“三公”经费预算数（元）", Kind.MONEY, 0),
    THREE_PUBLIC_ACTUAL("threePublicActual", "“三公”经费支出数（元）", Kind.MONEY, 0);

    /** What a field holds. */
    public enum Kind { TEXT, COUNT, MONEY }

    private final String key;
    private final String label;
    private final Kind kind;
    private final int maxLength;

    BasicsField(String key, String label, Kind kind, int maxLength) {
        this.key = key;
        this.label = label;
        this.kind = kind;
        this.maxLength = maxLength;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    /** Longest text in characters (TEXT only). */
    public int maxLength() {
        return maxLength;
    }

    /** The label without the unit in brackets: “调整后预算数”. */
    public String shortLabel() {
        return label.replaceFirst("（[^）]*）$", "").replaceFirst("^其中：", "");
    }
}
