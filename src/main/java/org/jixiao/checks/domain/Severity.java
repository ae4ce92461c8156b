package org.jixiao.checks.domain;

/** How serious a finding is. */
public enum Severity {
    /** 错误: blocks submission until fixed (or reviewed and kept with a reason). */
    ERROR("错误"),
    /** 警告: very likely a defect a finance bureau would return the table for. */
    WARNING("警告"),
    /** 提示: worth a look; often fine. */
    INFO("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
