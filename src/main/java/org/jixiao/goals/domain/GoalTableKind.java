package org.jixiao.goals.domain;

/** Whose goals a table declares. */
public enum GoalTableKind {
    /** 项目绩效目标表: the goals of one budget project. */
    PROJECT("项目绩效目标表"),
    /** 部门整体绩效目标: the goals of a department (unit) as a whole. */
    DEPARTMENT("部门整体绩效目标");

    private final String label;

    GoalTableKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
