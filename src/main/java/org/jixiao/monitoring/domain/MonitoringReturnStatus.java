package org.jixiao.monitoring.domain;

/**
 * Whether a 双监控 return may be edited: 草稿, or locked by the review workflow (已送审 or 已批复: read-only until 撤回,
 * 退回 or 调整). The review status itself is the review case's.
 */
public enum MonitoringReturnStatus {
    DRAFT("草稿"), SUBMITTED("已送审");

    private final String label;

    MonitoringReturnStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
