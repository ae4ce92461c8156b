package org.jixiao.review.domain;

/** The decision of one step. */
public enum Outcome {
    /** 通过: on to the next step, or 已批复 after the last. */
    APPROVED("通过"),
    /** 退回: back to 草稿, with a reason. */
    RETURNED("退回");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
