package org.jixiao.audit.domain;

/** What was done to a subject. */
public enum AuditAction {
    CREATE("创建"),
    UPDATE("修改"),
    SUBMIT("送审"),
    WITHDRAW("撤回"),
    APPROVE("通过"),
    RETURN("退回"),
    ADJUST("调整");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
