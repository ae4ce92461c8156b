package org.jixiao.rectification.domain;

/** 评价结果与预算安排挂钩: what a grade means for next year's budget (rules.md §8, Sichuan 2025 四档). */
public enum BudgetUse {
    PRIORITY("优先保障"),
    MAINTAIN("保障"),
    COMPRESS("压缩"),
    CANCEL("取消");

    private final String label;

    BudgetUse(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
