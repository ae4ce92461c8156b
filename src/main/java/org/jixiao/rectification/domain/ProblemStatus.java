package org.jixiao.rectification.domain;

/** 整改状态: 待整改 → 整改中 → 待验证 → 已销号 (待验证 may go back to 整改中). 逾期 is derived, not a state. */
public enum ProblemStatus {
    OPEN("待整改"),
    IN_PROGRESS("整改中"),
    AWAITING_VERIFICATION("待验证"),
    CLOSED("已销号");

    private final String label;

    ProblemStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this != CLOSED;
    }
}
