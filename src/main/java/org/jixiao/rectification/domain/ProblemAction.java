package org.jixiao.rectification.domain;

/** What one entry of a problem's history records. */
public enum ProblemAction {
    CREATED("登记问题"),
    ASSIGNED("指定责任人和时限"),
    MEASURES_CHANGED("修改整改措施"),
    STARTED("开始整改"),
    NOTE("记录进展"),
    EVIDENCE_ADDED("上传佐证材料"),
    SUBMITTED("提交验证"),
    VERIFIED("验证通过，销号"),
    REJECTED("验证退回"),
    DEADLINE_CHANGED("调整时限");

    private final String label;

    ProblemAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
