package org.jixiao.review.domain;

/**
 * Where a case stands. {@link #PENDING} is always "pending at step i" of the case's chain
 * ({@link ReviewCase#stepIndex()}): pending at step 0 is 已送审, pending at 财务复核 means 业务初审 passed.
 */
public enum ReviewState {
    /** 草稿: editable by the unit; also after 退回, 撤回 and 调整. */
    DRAFT("草稿"),
    /** 审核中: submitted and waiting for the decision of one step; read-only. */
    PENDING("审核中"),
    /** 已批复: every step passed; read-only, changed only through 调整. */
    APPROVED("已批复");

    private final String label;

    ReviewState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
